/** Entry of commands.html: the ribbon commands, for hosts that load them without the pane. */
import { officeReady, registerCommands } from "../excel/register";
import { COMMANDS } from "./handlers";

void officeReady().then(() => registerCommands(COMMANDS));

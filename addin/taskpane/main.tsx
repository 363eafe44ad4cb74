/**
 * Entry of taskpane.html, the shared runtime's page: registers the custom functions and the
 * ribbon commands, then renders the pane.
 */
import { render } from "preact";
import { warmUp } from "../../shared/tagger/index";
import { COMMANDS } from "../commands/handlers";
import { officeReady, registerCommands, registerFunctions } from "../excel/register";
import { App } from "./App";
import "./taskpane.css";

async function start(): Promise<void> {
  const root = document.getElementById("app");
  if (!root) return;
  const { host } = await officeReady();
  registerFunctions();
  registerCommands(COMMANDS);
  if (host !== null && host !== "Excel") {
    root.textContent = "MM Tracker runs in Excel.";
    return;
  }
  render(<App />, root);
  // Build the tagger's matcher while the officer reads the pane, not on the first click.
  setTimeout(() => warmUp(), 50);
}

void start();

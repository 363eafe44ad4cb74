/** Entry of functions.js: registers =MMT.TAGS and =MMT.RELEVANCE with Excel. */
import { officeReady, registerFunctions } from "../excel/register";

void officeReady().then(() => registerFunctions());

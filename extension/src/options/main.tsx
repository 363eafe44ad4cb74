import { render } from "preact";
import { api } from "../platform/browser";
import { Options } from "./Options";
import "../panel/panel.css";

const root = document.getElementById("app");
if (root) render(<Options api={api} />, root);

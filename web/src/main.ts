import "./styles.css";
import "./auth";
import { routes } from "./routes";
import { startRouter } from "./router";
import { applyLang, initialLang, startShell } from "./shell";
import { useLiveRegion } from "./ui/live";

const lang = initialLang();
applyLang(lang, new URLSearchParams(location.search).has("lang"));
useLiveRegion(document.getElementById("live")!);
startRouter(routes, document.getElementById("main")!);
startShell();

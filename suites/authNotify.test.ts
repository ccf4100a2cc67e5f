import { ruleSuite } from "./ruleSuite";

ruleSuite("authNotify callbacks", ["authnotify"]);

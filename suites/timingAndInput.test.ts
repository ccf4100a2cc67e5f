import { ruleSuite } from "./ruleSuite";

ruleSuite("Timeouts and invalid input", ["timing", "input"]);

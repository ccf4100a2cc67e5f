import { ruleSuite } from "./ruleSuite";

ruleSuite("Verification page and redirect", ["verify"]);

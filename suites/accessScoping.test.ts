import { ruleSuite } from "./ruleSuite";

ruleSuite("Access scoping", ["scope"]);

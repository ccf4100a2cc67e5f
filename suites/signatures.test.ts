import { ruleSuite } from "./ruleSuite";

ruleSuite("Signatures", ["sig"]);

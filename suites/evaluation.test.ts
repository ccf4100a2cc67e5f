import { ruleSuite } from "./ruleSuite";

ruleSuite("Phase 1, evaluation", ["eval"]);

import { ruleSuite } from "./ruleSuite";

ruleSuite("Idempotency", ["idem"]);

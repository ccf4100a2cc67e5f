import { ruleSuite } from "./ruleSuite";

ruleSuite("Phase 2, order creation", ["order"]);

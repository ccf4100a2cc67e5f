import { ruleSuite } from "./ruleSuite";

ruleSuite("Values, schemas and HTTP status", ["values", "schema", "http"]);

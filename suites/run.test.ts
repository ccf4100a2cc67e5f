import { runSuite } from "./ruleSuite";

runSuite();

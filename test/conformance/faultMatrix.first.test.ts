/**
 * The kit earns trust by catching what it claims to: each fault of the reference MPP's catalogue
 * makes the rule it names fail. This is half of the catalogue (testing/faultMatrixHalf.ts); the
 * clean MPP passing every rule is cleanRun.test.ts.
 */
import { describeFaultMatrixHalf } from "./testing/faultMatrixHalf";

describeFaultMatrixHalf("first");

import { describeDriverContract } from "./testing/driverContract";
import { formDriver } from "./formDriver";

describeDriverContract("form", formDriver);

import { openSession } from "../run/openSession";
import { verifyContracts } from "./verifyContracts";
import { join } from "node:path";
async function main() {
  const session = await openSession({ embedded: true, flags: { driver: "form" }, faults: (process.argv[2] ? [process.argv[2]] : []) as never });
  try {
    const v = await verifyContracts({ session, provider: "EasyPayMPP", pactFiles: [join(__dirname, "../../contracts/AlipayPlus-EasyPayMPP.json")] });
    console.log(JSON.stringify(v, null, 1).slice(0, 4000));
  } finally { await session.close(); }
}
main();

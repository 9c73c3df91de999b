// Writes docs/diagnostics.md from the diagnostics catalog (src/diagnostics/codes.ts); run after `npm run build`.
import { writeFileSync } from "node:fs";
import { diagnosticsDoc } from "../dist/src/diagnostics/diagnostics-doc.js";

writeFileSync(new URL("../docs/diagnostics.md", import.meta.url), diagnosticsDoc());

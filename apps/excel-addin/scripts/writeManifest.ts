// Writes the development manifest (manifest.xml, pointing at https://localhost:3000/) from the
// same source the build uses for dist/manifest.xml.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ADDIN } from "../src/manifest/addinConfig.js";
import { renderManifest } from "../src/manifest/renderManifest.js";

const file = fileURLToPath(new URL("../manifest.xml", import.meta.url));
writeFileSync(file, renderManifest({ baseUrl: ADDIN.devBaseUrl }));
console.log(`wrote ${file}`);

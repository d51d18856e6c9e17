// Writes one of two outputs with writeOutput, optionally killing itself (SIGKILL, no cleanup) at a
// step: `node --import tsx write-child.ts <outDir> <A|B> [killAtStep] [slow]`.
import { writeOutput, type WriteStep } from "../../../generator/write-output.js";
import { GENERATED_HEADER } from "../../../generator/emit/generated-header.js";

/** Twelve files whose every byte says which output they belong to. */
export function outputFiles(variant: string): { path: string; text: string }[] {
  return Array.from({ length: 12 }, (_, i) => ({
    path: i < 4 ? `file-${i}.ts` : `providers/p${i}.ts`,
    text: `${GENERATED_HEADER}\nexport const v${i} = ${JSON.stringify(`${variant}`.repeat(2000))};\n`,
  }));
}

const isMain = process.argv[1]?.endsWith("write-child.ts");
if (isMain) {
  const [outDir, variant, killAt, slow] = process.argv.slice(2) as [string, string, WriteStep | "", string | undefined];
  await writeOutput(outDir, outputFiles(variant), {
    onStep: async (step) => {
      if (step === killAt) process.kill(process.pid, "SIGKILL");
      if (slow === "slow" && step === "staged-file") await new Promise((done) => setTimeout(done, 15));
    },
  });
}

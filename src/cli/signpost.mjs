#!/usr/bin/env node
// Entry point of the `signpost` command. Node ≥ 22.18 runs the TypeScript sources directly
// (type stripping), so the CLI needs no build step.
import { main } from './main.ts';

process.exitCode = await main(process.argv.slice(2));

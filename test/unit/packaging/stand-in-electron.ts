import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The marker Electron's binary carries before its fuse wire. */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron 45's wire as shipped: version 1, nine fuses, '1' on and '0' off. */
export const SHIPPED_FUSES = '101001101';

/**
 * A folder that electron-builder accepts as an unpacked Electron (`electronDist`) where no Electron can be
 * downloaded: one executable named `electron`, carrying a fuse wire so the fuse step can flip and read it.
 */
export function makeStandInElectron(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const binary = join(dir, 'electron');
  writeFileSync(
    binary,
    Buffer.concat([
      Buffer.from('#!/bin/sh\necho "stand-in for the Electron binary"\n'),
      Buffer.from(FUSE_SENTINEL, 'ascii'),
      Buffer.from([0x01, SHIPPED_FUSES.length]),
      Buffer.from(SHIPPED_FUSES, 'ascii'),
    ]),
  );
  chmodSync(binary, 0o755);
  return dir;
}

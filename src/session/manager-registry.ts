/**
 * @module session/manager-registry
 * The persistent-session registry of the SessionManager (`<dataDir>/sessions.json`): which
 * persistent sessions exist, their files, and the database and schema each was last in, so that a
 * restarted server (even after SIGKILL) lists them and reopens each where it was. Written atomically
 * (temp file + rename): a crash leaves the old or the new file, never half of one.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface RegistryRecord {
  id: string;
  path: string;
  /** The manager chose the path (deleting the session deletes the file). */
  managedPath: boolean;
  createdAt: string;
  ttlSeconds: number;
  database: string | null;
  schema: string | null;
  queryCount: number;
}

interface RegistryFile {
  version: 1;
  sessions: RegistryRecord[];
}

/** The records in `file`; none when it does not exist. A corrupt file is an error, never ignored. */
export function readRegistry(file: string): RegistryRecord[] {
  if (!existsSync(file)) return [];
  try {
    const reg = JSON.parse(readFileSync(file, 'utf8')) as RegistryFile;
    return Array.isArray(reg.sessions) ? reg.sessions : [];
  } catch (err) {
    throw new Error(`cannot read the session registry ${file}: ${(err as Error).message}`);
  }
}

export function writeRegistry(file: string, sessions: RegistryRecord[]): void {
  const reg: RegistryFile = { version: 1, sessions };
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(reg, null, 2)}\n`);
  renameSync(tmp, file);
}

/**
 * Writes the record archive in a worker thread (started by src/integrations/record-archive.ts):
 * zipping every release page at level 9 is CPU work that would otherwise hold up the search index.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { writeRecordArchive, type ArchiveJob } from './record-archive.ts';

parentPort?.postMessage(writeRecordArchive(workerData as ArchiveJob));

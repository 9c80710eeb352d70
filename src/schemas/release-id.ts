/**
 * A release's permanent id: its file name without `.mdx`, `YYYY-MM-DD-slug`, which is also the
 * last part of its URL. The one definition every file that names a release uses.
 */
import { problemText } from '../i18n/index.ts';
import { z } from 'astro/zod';
import { say } from './common.ts';

/** `2025-12-17-jeju-ai-group-launch` */
export const RELEASE_ID = /^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `content/releases/YYYY/YYYY-MM-DD-slug.mdx` → its parts, or no match when the name is wrong. */
export const RELEASE_FILE_NAME = new RegExp(`^(\\d{4})-(\\d{2})-(\\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\\.mdx$`);

/** Longest slug (the part after the date): it is a URL and a folder name of the built site. */
export const SLUG_MAX_LENGTH = 80;

/** A field that names a release by its id. */
export const releaseIdSchema = z
  .string()
  .regex(RELEASE_ID, say(problemText('releaseId.notAReleaseId')));

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '../../../..');

/** Every TypeScript file under a library's http folder: its controllers and the classes that shape the API. */
function httpFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : httpFiles(path);
    return /\/http\/.*\.ts$/u.test(path) && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

/**
 * The OpenAPI document names each schema after its class, and two classes of one name silently become one
 * schema (the web app's client then types one of them wrongly). So no two classes the API is described with
 * may share a name, in whichever library they are.
 */
describe('API classes', () => {
  it('have names unique across the libraries', () => {
    const where = new Map<string, string[]>();
    for (const file of httpFiles(join(ROOT, 'libs'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/^export (?:abstract )?class (\w+)/gmu)) {
        const name = match[1] as string;
        where.set(name, [...(where.get(name) ?? []), relative(ROOT, file)]);
      }
    }
    expect(where.size).toBeGreaterThan(100);
    const duplicates = [...where].filter(([, files]) => files.length > 1);
    expect(duplicates).toEqual([]);
  });
});

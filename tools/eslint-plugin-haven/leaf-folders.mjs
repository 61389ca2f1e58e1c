// haven/leaf-folders: a folder everything may use (api `common/`, web `shared/`) imports no
// feature, or the features it serves end up depending on each other through it.
import { graphOptionsSchema, importGraph } from './import-graph.mjs';
import { importSourceVisitors } from './import-sources.mjs';

/** @typedef {{ folder: string, mayImport?: string[] }} Leaf */

/** @type {import('eslint').Rule.RuleModule} */
export const leafFolders = {
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow imports from a leaf folder of an app into any other folder of the app except the ones it may use.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          ...graphOptionsSchema,
          leaves: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                folder: { type: 'string' },
                mayImport: { type: 'array', items: { type: 'string' } },
              },
              required: ['folder'],
              additionalProperties: false,
            },
          },
        },
        required: ['sourceRoot', 'leaves'],
        additionalProperties: false,
      },
    ],
    messages: {
      notALeaf:
        '{{folder}}/ is a leaf of the app: it may import {{allowed}}, not {{target}}. Move what both need into {{folder}}/ or into a folder it may import.',
    },
  },
  create(context) {
    /** @type {import('./import-graph.mjs').GraphOptions & { leaves: Leaf[] }} */
    const { leaves, ...graphOptions } = context.options[0];
    const graph = importGraph(graphOptions, context.cwd);
    const self = graph.nodeOf(context.physicalFilename);
    if (self === null) return {};
    const leaf = leaves.find((candidate) => graph.featureOf(self) === candidate.folder);
    if (!leaf) return {};
    const allowed = [leaf.folder, ...(leaf.mayImport ?? [])];
    const allowedText = `${allowed.map((folder) => `${folder}/`).join(', ')} and packages`;

    return importSourceVisitors((node, specifier) => {
      const target = graph.locate(self, specifier);
      if (target === null || allowed.includes(graph.featureOf(target))) return;
      context.report({
        node,
        messageId: 'notALeaf',
        data: { folder: leaf.folder, allowed: allowedText, target: specifier },
      });
    });
  },
};

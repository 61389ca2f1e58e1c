// haven/no-import-cycles: features depend on each other one way only (issue 12).
// Reports every import that is part of a cycle, at two levels: between files, and between the
// features (top folders) that hold them. A feature cycle needs no file cycle: cases/a.ts may import
// followups/b.ts while followups/c.ts imports cases/d.ts, and the two features are then one design.
import { graphOptionsSchema, importGraph } from './import-graph.mjs';
import { importSourceVisitors } from './import-sources.mjs';

/** @type {import('eslint').Rule.RuleModule} */
export const noImportCycles = {
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow imports that close a cycle between files or between feature folders of an app.',
    },
    schema: [
      {
        type: 'object',
        properties: graphOptionsSchema,
        required: ['sourceRoot'],
        additionalProperties: false,
      },
    ],
    messages: {
      fileCycle: 'Import cycle: {{cycle}}.',
      featureCycle:
        'Import cycle between features: {{cycle}} (via {{via}}). Features may depend on each other one way only.',
    },
  },
  create(context) {
    const graph = importGraph(context.options[0], context.cwd);
    const self = graph.nodeOf(context.physicalFilename);
    if (self === null) return {};
    const selfFeature = graph.featureOf(self);

    return importSourceVisitors((node, specifier) => {
      const target = graph.resolve(self, specifier);
      if (target === null || target === self) return;

      const back = graph.filePath(target, self);
      if (back) {
        context.report({
          node,
          messageId: 'fileCycle',
          data: { cycle: [self, ...back].join(' -> ') },
        });
        return;
      }

      const targetFeature = graph.featureOf(target);
      if (targetFeature === selfFeature) return;
      const hops = graph.featurePath(targetFeature, selfFeature);
      if (!hops) return;
      const cycle = [selfFeature, targetFeature, ...hops.map((hop) => hop.to)].join(' -> ');
      const via = [`${self} -> ${target}`, ...hops.map((hop) => hop.via.join(' -> '))].join('; ');
      context.report({ node, messageId: 'featureCycle', data: { cycle, via } });
    });
  },
};

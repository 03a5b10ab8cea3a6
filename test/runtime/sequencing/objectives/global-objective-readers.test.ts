// Which activities read a global objective into their primary objective (the index rollup uses
// to reach activities off the activity path, as ADL's SeqActivityTree.scanObjectives builds it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasGlobalObjectiveReaders, readersOfGlobalObjective } from '../../../../src/runtime/sequencing/objectives/global-objective-readers.js';
import { leaf, seq, treeOf } from './fixture.js';

const primaryMap = (attributes: string) =>
  seq(`<imsss:objectives><imsss:primaryObjective objectiveID="P"><imsss:mapInfo targetObjectiveID="G" ${attributes}/></imsss:primaryObjective></imsss:objectives>`);

test('primary objectives that read the global, by any read flag, are its readers', () => {
  const tree = treeOf(
    leaf('A1', primaryMap('')) +
    leaf('A2', primaryMap('readSatisfiedStatus="false"')) +
    leaf('A3', primaryMap('readSatisfiedStatus="false" readNormalizedMeasure="false" writeSatisfiedStatus="true"')) +
    leaf('A4', seq(`<imsss:objectives><imsss:primaryObjective objectiveID="P"/></imsss:objectives>
      <adlseq:objectives><adlseq:objective objectiveID="P"><adlseq:mapInfo targetObjectiveID="G" readRawScore="false"/></adlseq:objective></adlseq:objectives>`)),
  );
  assert.deepEqual(readersOfGlobalObjective(tree, 'G').map((a) => a.id), ['A1', 'A2', 'A4']);
});

test('an objective other than the primary does not make its activity a reader', () => {
  const tree = treeOf(leaf('A1', seq(`<imsss:objectives><imsss:primaryObjective objectiveID="P"/>
    <imsss:objective objectiveID="O"><imsss:mapInfo targetObjectiveID="G"/></imsss:objective></imsss:objectives>`)));
  assert.deepEqual(readersOfGlobalObjective(tree, 'G'), []);
  assert.deepEqual(readersOfGlobalObjective(tree, '__proto__'), []);
});

test('a tree has global objective readers when one primary objective reads a global (RB.1.5 skips the reach search otherwise)', () => {
  assert.equal(hasGlobalObjectiveReaders(treeOf(leaf('A1', primaryMap('')))), true);
  assert.equal(hasGlobalObjectiveReaders(treeOf(leaf('A1', primaryMap('readSatisfiedStatus="false" readNormalizedMeasure="false"')))), false);
  assert.equal(hasGlobalObjectiveReaders(treeOf(leaf('A1'))), false);
});

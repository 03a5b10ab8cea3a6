import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeCase } from '../../../src/harness/cts/describe-case.js';
import { parseCtsCase } from '../../../src/harness/cts/script-reader.js';
import { testDictionaries } from './dictionary-fixture.js';

const SCRIPT = [
  'title=CM-98',
  'start=Activity 2',
  'purpose=purposeSequence',
  'seqInfo=<ul><li>Choice == true</li><li>Flow == true</li></ul>',
  'TT=autoTT',
  'end=endNormal',
  'Act2V1.UIQ=toc.enabled.selectable@Activity 3',
  'Act2V1.UIA=N',
  'Act2V1.commands.0=I->->t->0',
  'Act2V1.commands.1=GET->c~OB~&obj1&~S~SCA->0.5->0',
  'Act2V1.commands.2=COI->obj1,obj2',
  'Act2V1.commands.3=GET->a~n~rv~TY.c~tar~activity_3->f->0',
  'Act2V1.commands.4=SET->a~n~r!tar~activity_3~TY.c->t->0',
  'Act3V1.commands.0=I->->t->0',
  'Act3V1.CUI=TRIGExitAll',
  'Act3V1.commands.9=XYZ->1->0',
].join('\n');

test('describeCase shows the opening, each visit with questions, calls and ending, then the notes', () => {
  const text = describeCase(parseCtsCase('CM-98', SCRIPT, testDictionaries()));
  assert.equal(
    text,
    [
      'CM-98 (group CM): purposeSequence, autoTT',
      'start: LMSTestPackage_CM-98, choosing "Activity 2"',
      'sequencing: Choice == true; Flow == true',
      '1. Act2V1 — activity 2',
      '   UI: "Activity 3" selectable in the TOC? N',
      '   Initialize("") → "true", error 0',
      '   GetValue("cmi.objectives.&obj1&.score.scaled") (cmi.objectives index of id "obj1") → equal as type "0.5", error 0',
      '   cmi.objectives ids are exactly {obj1, obj2}',
      '   GetValue("adl.nav.request_valid.choice.{target=activity_3}") → true, false or unknown, error not checked',
      '   SetValue("adl.nav.request", "{target=activity_3}choice") → "true", error 0',
      '2. Act3V1 — activity 3',
      '   Initialize("") → "true", error 0',
      '   end: TRIGExitAll → exitAll, then (attempt ended)',
      'ignored, line 16 Act3V1.commands.9: "XYZ" is not a method ADL\'s parser knows; it makes no call',
      '',
    ].join('\n'),
  );
});

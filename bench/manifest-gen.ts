/**
 * Large generated SCORM 2004 manifests, for bench/manifest-parse.ts and the parser's performance
 * tests: a light one (a little sequencing on each item) and a heavy one (full sequencing on each).
 */

const CP_2004 = 'http://www.imsglobal.org/xsd/imscp_v1p1';
const ADLCP_2004 = 'http://www.adlnet.org/xsd/adlcp_v1p3';

/** A manifest of `count` items, each with its own resource, ~420 characters per item: 5,000 make 2 MB. */
export function largeManifest(count: number): string {
  const items = Array.from({ length: count }, (_, index) =>
    `      <item identifier="ITEM-${index}" identifierref="RES-${index}" isvisible="true" parameters="?page=${index}&amp;x=1">\r\n` +
    `        <title>Item ${index} <![CDATA[with CDATA]]></title>\r\n` +
    '        <adlcp:dataFromLMS>some launch data that is long enough to matter for the size of the file</adlcp:dataFromLMS>\r\n' +
    '        <imsss:sequencing><imsss:controlMode choice="true" flow="true"/><imsss:deliveryControls tracked="true"/></imsss:sequencing>\r\n' +
    '      </item>\r\n').join('');
  const resources = Array.from({ length: count }, (_, index) =>
    `    <resource identifier="RES-${index}" type="webcontent" adlcp:scormType="sco" href="sco${index}/index.html">\r\n` +
    `      <file href="sco${index}/index.html"/>\r\n      <file href="sco${index}/script.js"/>\r\n    </resource>\r\n`).join('');
  return `<?xml version="1.0"?>\r\n<manifest identifier="M" xmlns="${CP_2004}" xmlns:adlcp="${ADLCP_2004}" xmlns:imsss="http://www.imsglobal.org/xsd/imsss">\r\n` +
    '  <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>\r\n' +
    `  <organizations default="O"><organization identifier="O"><title>T</title>\r\n${items}    </organization></organizations>\r\n` +
    `  <resources>\r\n${resources}  </resources>\r\n</manifest>\r\n`;
}

function itemWithSequencing(index: number): string {
  return `
      <item identifier="ITEM-${index}" identifierref="RES-${index}">
        <title>Lesson ${index}</title>
        <imsss:sequencing>
          <imsss:controlMode choice="false" flow="true" forwardOnly="true"/>
          <imsss:sequencingRules>
            <imsss:preConditionRule>
              <imsss:ruleConditions conditionCombination="any">
                <imsss:ruleCondition condition="satisfied" referencedObjective="OBJ-${index}"/>
                <imsss:ruleCondition operator="not" condition="attempted"/>
              </imsss:ruleConditions>
              <imsss:ruleAction action="skip"/>
            </imsss:preConditionRule>
            <imsss:postConditionRule>
              <imsss:ruleConditions><imsss:ruleCondition condition="completed"/></imsss:ruleConditions>
              <imsss:ruleAction action="continue"/>
            </imsss:postConditionRule>
          </imsss:sequencingRules>
          <imsss:limitConditions attemptLimit="3"/>
          <imsss:rollupRules objectiveMeasureWeight="0.5">
            <imsss:rollupRule childActivitySet="atLeastCount" minimumCount="2">
              <imsss:rollupConditions><imsss:rollupCondition condition="satisfied"/></imsss:rollupConditions>
              <imsss:rollupAction action="satisfied"/>
            </imsss:rollupRule>
          </imsss:rollupRules>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="PRIMARY-${index}" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>0.8</imsss:minNormalizedMeasure>
              <imsss:mapInfo targetObjectiveID="GLOBAL-${index}" writeSatisfiedStatus="true"/>
            </imsss:primaryObjective>
            <imsss:objective objectiveID="OBJ-${index}"><imsss:mapInfo targetObjectiveID="GLOBAL-OBJ-${index}"/></imsss:objective>
          </imsss:objectives>
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>`;
}

/** A manifest of `count` items, each with full sequencing: rules, limits, rollup, objectives with maps. */
export function largeSequencedManifest(count: number): string {
  const items = Array.from({ length: count }, (_, index) => itemWithSequencing(index)).join('');
  const resources = Array.from({ length: count }, (_, index) =>
    `\n    <resource identifier="RES-${index}" type="webcontent" adlcp:scormType="sco" href="sco${index}/index.html"><file href="sco${index}/index.html"/></resource>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="M" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss" xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3">
  <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
  <organizations default="O"><organization identifier="O"><title>Large course</title>${items}
  </organization></organizations>
  <resources>${resources}
  </resources>
</manifest>`;
}

// Hand-written dictionaries holding the abbreviations the unit tests use, with the meanings ADL's
// Commands, Instructions and UserInterface dictionaries give them (docs/resources in the CTS).
import type { CtsDictionaries } from '../../../src/harness/cts/dictionaries.js';
import { parseProperties } from '../../../src/harness/cts/properties.js';

const COMMANDS = `
I=doInitialize
T=doTerminate
C=doCommit
GET=doGetValue
SET=doSetValue
GES=doGetErrorString
GLE=doGetLastError
GeDi=doGetDiagnostic
COI=compareObjIds
a=adl
c=cmi
X=exit
LOC=location
SD=suspend_data
OB=objectives
ID=id
S=score
SCA=scaled
CNT=_count
CHIL=_children
INTR=interactions
CR=correct_responses
P=pattern
R=result
LN=learner_name
LI=learner_id
CFLMS=comments_from_lms
COM=comment
DA=data
STR=store
n=nav
r=request
rv=request_valid
tar={target=%s}
TY.c=choice
TY.n=numeric
N.c=continue
N.j=jump
X.s=suspend
t=true
f=false
es=
`;

const INSTRUCTIONS = `
purpose=This course tests %s
purposeSequence=sequencing
purposeUInteraction=sequencing, ending when %s
lastLeaf=continuing past the last leaf.
sequencingBehavior=%s Elements: %s
initChecks=Init checks.
autoTT=Automatic.
uiTT=UI inspection.
start=Start package %s%s
startTOC=by choosing %s from the TOC.
endNormal=After package %s click Continue.
Exit=Please exit the package/course.
Continue=Please trigger a Continue.
Choice=Please choose %s.
relaunchnchoose=Please relaunch %s and launch %s.
RootSX4b=Please choose the root of SX-04b.
TRIGExitAll=Please trigger an Exit All.
`;

const USER_INTERFACE = `
continue.enabled=Is Continue enabled?
continue.disabled=Is Continue disabled?
previous.enabled=Is Previous enabled?
toc.enabled=Is there a TOC?
toc.enabled.selectable=Is %s selectable?
toc.visible=Is %s visible?
ui.visible=Is there a %s control?
click.button=Click the button below to continue.
`;

export function testDictionaries(): CtsDictionaries {
  return {
    commands: parseProperties(COMMANDS),
    instructions: parseProperties(INSTRUCTIONS),
    userInterface: parseProperties(USER_INTERFACE),
  };
}

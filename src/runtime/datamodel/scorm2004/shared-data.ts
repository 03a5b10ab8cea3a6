import { Scorm2004Error } from '../../api/error-codes.js';
import type { SharedDataBucket } from '../data-model.js';
import { checkCharacterString } from './checks.js';
import type { Scorm2004State } from './state.js';
import { noAccess, nodes, readOnly, readWrite, writeOnly, type Access, type Collection, type Leaf } from './tree.js';

/**
 * adl.data.n.*, shared data (RTE book "SCORM Data Store"; CAM adlcp:data / adlcp:map): buckets
 * of characterstring (SPM 64000) that several SCOs read and write. The manifest defines the
 * buckets and their permissions; the store lives outside the SCO's run-time data. A SCO cannot
 * add a bucket, so adl.data has no growth: SetValue past _count is 351 (ADL SampleRTE).
 */

const idFromManifest: Leaf<SharedDataBucket> = {
  kind: 'leaf',
  access: () => readOnly,
  read: (bucket) => bucket.id,
  write: () => ({ error: Scorm2004Error.DataModelElementIsReadOnly, reason: 'the id is the manifest\'s adlcp:map targetID' }),
};

/** readSharedData / writeSharedData of the bucket's adlcp:map: 405 / 404 when false. */
function storeAccess(bucket: SharedDataBucket): Access {
  if (bucket.readSharedData) return bucket.writeSharedData ? readWrite : readOnly;
  return bucket.writeSharedData ? writeOnly : noAccess;
}

/**
 * adl.data.n.store: 403 while the bucket holds nothing. An empty store counts as nothing: ADL's
 * CTS sets "" and then expects 403 (DMI Act4V1, commands 1720–1721), unlike cmi.* elements.
 */
const store: Leaf<SharedDataBucket> = {
  kind: 'leaf',
  access: storeAccess,
  read(bucket, context) {
    const value = context.options.sharedData?.store.get(bucket.id);
    return value === '' ? undefined : value;
  },
  write(bucket, value, context) {
    const failure = checkCharacterString(value);
    if (failure !== undefined) return failure;
    context.options.sharedData?.store.set(bucket.id, value);
    return undefined;
  },
};

export const sharedDataCollection: Collection<Scorm2004State['adl'], SharedDataBucket> = {
  kind: 'collection',
  entries: (_adl, context) => context.options.sharedData?.buckets ?? [],
  entry: nodes<SharedDataBucket>({ id: idFromManifest, store }),
  childrenKeyword: 'id,store',
};

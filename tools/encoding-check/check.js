#!/usr/bin/env node
// Cross-checks the encodings in the abkit vectors with polkadot-js, a codec the kit's authors did not write.
//
// For every candidate of every vector that carries a `receipt` (prospective-parachains and runtime-acceptance):
//   - the bytes decode as a committed candidate receipt (descriptor V1: polkadot-js's own CandidateDescriptor; V2:
//     the metadata lookup type PolkadotPrimitivesVstagingCandidateDescriptorV2; V3: a type registered here with the
//     field layout of polkadot_primitives::v9::CandidateDescriptorV2 in a 2026 Polkadot runtime's metadata, which
//     polkadot-js 16.x does not ship), re-encode to the same bytes, and leave no byte over;
//   - a V3 descriptor's scheduling parent is the vector's `scheduling_parent`; a candidate whose `scheduling_parent`
//     differs from its relay parent carries a V3 descriptor;
//   - blake2-256 of the plain receipt (descriptor + blake2-256 of the commitments) is the vector's `hash`;
//   - the descriptor agrees with the vector's fields: para, relay parent, code hash, para head = blake2-256 of the
//     output head, PVD hash = blake2-256 of PersistedValidationData (for a pending candidate, rebuilt as a node does:
//     the parent head is the previous pending candidate's output, the first one's the included head), except in a
//     step expected to be rejected under AB-ADMIT-011, whose descriptor must commit to other validation data;
//   - the commitments agree with the vector's: head data, upward message sizes (a runtime-acceptance candidate has its
//     messages in the receipt only), horizontal messages, new code, processed downward messages, HRMP watermark;
//   - every UMP signal after the separator decodes and re-encodes, except in a step expected to be rejected under
//     AB-RT-016, where polkadot-js must find a signal that does not decode, a repeated kind or a third element; a step
//     expected to be rejected under AB-RT-017 must carry signals with a V1 descriptor, under AB-RT-015 a V2 one;
//   - in a runtime-acceptance vector that states a claim queue, a V2 descriptor's core index is checked as upstream's
//     check_core_index does, from polkadot-js's decoding of the descriptor and of the SelectCore signal: a step
//     expected to be rejected under AB-RT-018, AB-RT-019 or AB-RT-020 must break that rule, an accepted step none.
// Any disagreement is printed and the exit code is 1. Usage: node check.js VECTORS_DIR

'use strict';

const fs = require('fs');
const path = require('path');
const YAML = require('yaml');
const { TypeRegistry } = require('@polkadot/types');
const { u8aToHex, hexToU8a, u8aEq } = require('@polkadot/util');
const { blake2AsU8a, blake2AsHex } = require('@polkadot/util-crypto');
const lookup = require('@polkadot/types-augment/lookup/polkadot').default;

const registry = new TypeRegistry();
registry.register(lookup);
registry.register({
  // polkadot-js has no UMP signal type: upstream polkadot_primitives::vstaging::UMPSignal (2025 and later).
  AbkitUmpSignal: { _enum: { SelectCore: '(u8,u8)', ApprovedPeer: 'Bytes' } },
  // The V3 descriptor (polkadot-sdk PR 10472): V2 with version 1, scheduling_session_offset in the first byte of
  // reserved1 and scheduling_parent in the first 32 bytes of reserved2, as polkadot_primitives::v9::
  // CandidateDescriptorV2 reads in a 2026 Polkadot runtime's metadata (polkadot-js lookup
  // PolkadotPrimitivesV9CandidateDescriptorV2); polkadot-js 16.x predates it.
  AbkitCandidateDescriptorV3: {
    paraId: 'u32',
    relayParent: 'H256',
    version: 'u8',
    coreIndex: 'u16',
    sessionIndex: 'u32',
    schedulingSessionOffset: 'u8',
    reserved1: '[u8;24]',
    persistedValidationDataHash: 'H256',
    povHash: 'H256',
    erasureRoot: 'H256',
    schedulingParent: 'H256',
    reserved2: '[u8;32]',
    paraHead: 'H256',
    validationCodeHash: 'H256',
  },
  AbkitCommittedCandidateReceiptV3: {
    descriptor: 'AbkitCandidateDescriptorV3',
    commitments: 'PolkadotPrimitivesV8CandidateCommitments',
  },
  AbkitCandidateReceiptV3: { descriptor: 'AbkitCandidateDescriptorV3', commitmentsHash: 'H256' },
});

const V1 = { committed: 'CommittedCandidateReceipt', plain: 'CandidateReceipt' };
const V2 = {
  committed: 'PolkadotPrimitivesVstagingCommittedCandidateReceiptV2',
  plain: 'PolkadotPrimitivesVstagingCandidateReceiptV2',
};
const V3 = { committed: 'AbkitCommittedCandidateReceiptV3', plain: 'AbkitCandidateReceiptV3' };

const problems = [];
let receipts = 0;
let given = 0;
let files = 0;
const versions = { V1: 0, V2: 0, V3: 0 };

function problem(where, message) {
  problems.push(`${where}: ${message}`);
}

function isZero(u8a) {
  return u8a.every((b) => b === 0);
}

// Upstream CandidateDescriptorV2::version(): V2 when both reserved fields are zero and the version byte is 0; with the
// CandidateReceiptV3 node feature, V3 when the version byte is 1, the reserved bytes V3 leaves are zero and the
// scheduling parent is set; else V1.
function descriptorVersion(bytes) {
  const d = registry.createType(V2.committed, bytes).descriptor;
  if (isZero(d.reserved1.toU8a()) && isZero(d.reserved2.toU8a()) && d.version.toNumber() === 0) {
    return V2;
  }
  const d3 = registry.createType(V3.committed, bytes).descriptor;
  if (d3.version.toNumber() === 1 && isZero(d3.reserved1.toU8a()) && isZero(d3.reserved2.toU8a())
    && !isZero(d3.schedulingParent.toU8a())) {
    return V3;
  }
  return V1;
}

function pvdHash(parentHead, number, storageRoot, maxPovSize) {
  const pvd = registry.createType('PersistedValidationData', {
    parentHead, relayParentNumber: number, relayParentStorageRoot: storageRoot, maxPovSize,
  });
  return blake2AsHex(pvd.toU8a(), 256);
}

function expectEqual(where, field, actual, expected) {
  if (String(actual) !== String(expected)) {
    problem(where, `${field} is ${actual} in the receipt but ${expected} in the vector`);
  }
}

// The fields a receipt must agree with, from a prospective-parachains candidate: the para head is recomputed.
function fromCommitments(candidate) {
  const commitments = candidate.commitments;
  const code = commitments.new_validation_code;
  return {
    codeHash: candidate.code_hash,
    paraHead: blake2AsHex(hexToU8a(commitments.head_data), 256),
    head: commitments.head_data,
    processed: commitments.processed_downward_messages,
    watermark: commitments.hrmp_watermark,
    upwardSizes: commitments.upward_messages,
    hrmp: commitments.horizontal_messages.map((m) => [m.recipient, m.size]),
    newCode: code.type === 'none' ? 'none' : code.size,
  };
}

// candidate: the vector's object; context: { para, relayParent, pvd: {parentHead, number, storageRoot, maxPovSize},
// expect: the fields the receipt must carry }
function checkCandidate(where, candidate, context) {
  try {
    checkReceipt(where, candidate, context);
  } catch (e) {
    problem(where, `the candidate cannot be checked: ${e.message}`);
  }
}

// Upstream check_core_index (polkadot-sdk polkadot/primitives/src/v9/mod.rs @ 88db6842) against the claim queue the
// vector states (per core the para claimed at each depth): the rule the receipt breaks, or null.
function coreIndexDefect(para, coreIndex, selectCore, claimQueue) {
  const offset = selectCore ? selectCore[1] : 0;
  const cores = [];
  claimQueue.cores.forEach((claims, core) => {
    if (offset < claims.length && claims[offset] === para) {
      cores.push(core);
    }
  });
  if (cores.length === 0) {
    return 'AB-RT-018';
  }
  if (!selectCore && cores.length > 1) {
    return cores.includes(coreIndex) ? null : 'AB-RT-020';
  }
  const selector = selectCore ? selectCore[0] : 0;
  return cores[selector % cores.length] === coreIndex ? null : 'AB-RT-019';
}

const CORE_RULES = ['AB-RT-018', 'AB-RT-019', 'AB-RT-020'];

function checkReceipt(where, candidate, context) {
  if (candidate.receipt === '0x') {
    given += 1;
    return;
  }
  receipts += 1;
  let bytes;
  let version;
  let decoded;
  try {
    bytes = hexToU8a(candidate.receipt);
    version = descriptorVersion(bytes);
    decoded = registry.createType(version.committed, bytes);
  } catch (e) {
    problem(where, `the receipt does not decode: ${e.message}`);
    return;
  }
  versions[version === V1 ? 'V1' : version === V2 ? 'V2' : 'V3'] += 1;
  const again = decoded.toU8a();
  if (!u8aEq(again, bytes)) {
    problem(where, `re-encoding gives other bytes (${again.length} bytes for ${bytes.length}): `
      + `${u8aToHex(again)} for ${candidate.receipt}`);
    return;
  }
  const commitmentsHash = blake2AsU8a(decoded.commitments.toU8a(), 256);
  const plain = registry.createType(version.plain, { descriptor: decoded.descriptor, commitmentsHash });
  const hash = blake2AsHex(plain.toU8a(), 256);
  expectEqual(where, 'the candidate hash', hash, candidate.hash);

  const d = decoded.descriptor;
  const c = decoded.commitments;
  const e = context.expect;
  expectEqual(where, 'para_id', d.paraId.toNumber(), context.para);
  expectEqual(where, 'relay_parent', d.relayParent.toHex(), context.relayParent);
  const schedulingParent = context.schedulingParent || context.relayParent;
  if (version === V3) {
    expectEqual(where, 'scheduling_parent', d.schedulingParent.toHex(), schedulingParent);
  } else if (schedulingParent !== context.relayParent) {
    problem(where, `the vector names scheduling parent ${schedulingParent} but the receipt's descriptor is not V3`);
  }
  expectEqual(where, 'validation_code_hash', d.validationCodeHash.toHex(), e.codeHash);
  expectEqual(where, 'para_head', d.paraHead.toHex(), e.paraHead);
  const pvd = context.pvd;
  const pvdHashed = pvdHash(pvd.parentHead, pvd.number, pvd.storageRoot, pvd.maxPovSize);
  if (context.rejectedBy === 'AB-ADMIT-011') {
    // The step is expected to be rejected because the descriptor commits to other validation data: it must.
    if (d.persistedValidationDataHash.toHex() === pvdHashed) {
      problem(where, `the step expects AB-ADMIT-011 but the descriptor commits to the validation data's own hash`);
    }
  } else {
    expectEqual(where, 'persisted_validation_data_hash', d.persistedValidationDataHash.toHex(), pvdHashed);
  }

  expectEqual(where, 'head_data', c.headData.toHex(), e.head);
  expectEqual(where, 'processed_downward_messages', c.processedDownwardMessages.toNumber(), e.processed);
  expectEqual(where, 'hrmp_watermark', c.hrmpWatermark.toNumber(), e.watermark);
  if (e.upwardSizes !== null) {
    expectEqual(where, 'upward message sizes', JSON.stringify(c.upwardMessages.map((m) => m.length)),
      JSON.stringify(e.upwardSizes));
  }
  expectEqual(where, 'horizontal messages',
    JSON.stringify(c.horizontalMessages.map((m) => [m.recipient.toNumber(), m.data.length])),
    JSON.stringify(e.hrmp));
  expectEqual(where, 'new_validation_code',
    c.newValidationCode.isSome ? c.newValidationCode.unwrap().length : 'none', e.newCode);

  const messages = c.upwardMessages;
  const separator = messages.findIndex((m) => m.length === 0);
  const signals = separator >= 0 ? messages.slice(separator + 1) : [];
  const undecoded = [];
  const kinds = [];
  let selectCore = null;
  signals.forEach((message, i) => {
    const signalBytes = message.toU8a(true);
    try {
      const signal = registry.createType('AbkitUmpSignal', signalBytes);
      if (!u8aEq(signal.toU8a(), signalBytes)) {
        undecoded.push(`UMP signal ${i + 1} ${u8aToHex(signalBytes)} does not re-encode to its bytes`);
      } else if (signal.isApprovedPeer && signal.asApprovedPeer.length > 64) {
        undecoded.push(`UMP signal ${i + 1} names a peer id of ${signal.asApprovedPeer.length} bytes, more than 64`);
      } else {
        kinds.push(signal.type);
        if (signal.isSelectCore && selectCore === null) {
          selectCore = [signal.asSelectCore[0].toNumber(), signal.asSelectCore[1].toNumber()];
        }
      }
    } catch (err) {
      undecoded.push(`UMP signal ${i + 1} ${u8aToHex(signalBytes)} does not decode: ${err.message}`);
    }
  });
  if (context.rejectedBy === 'AB-RT-016') {
    // Expected to be dropped for its signals: polkadot-js must find a malformed, repeated or third one.
    const wellFormed = undecoded.length === 0 && signals.length <= 2 && new Set(kinds).size === kinds.length;
    if (wellFormed) {
      problem(where, `the step expects AB-RT-016 but polkadot-js reads well-formed signals: ${kinds.join(', ')}`);
    }
  } else {
    undecoded.forEach((message) => problem(where, message));
  }
  if (context.rejectedBy === 'AB-RT-017' && (version !== V1 || signals.length === 0)) {
    problem(where, 'the step expects AB-RT-017 but the receipt does not carry signals with a V1 descriptor');
  }
  if (context.rejectedBy === 'AB-RT-015' && version !== V2) {
    problem(where, 'the step expects AB-RT-015 but the descriptor is not V2');
  }
  const queue = context.claimQueue;
  if (queue && queue.cores.length > 0 && version === V2 && undecoded.length === 0) {
    const defect = coreIndexDefect(d.paraId.toNumber(), d.coreIndex.toNumber(), selectCore, queue);
    if (CORE_RULES.includes(context.rejectedBy) && defect !== context.rejectedBy) {
      problem(where, `the step expects ${context.rejectedBy} but polkadot-js reads core ${d.coreIndex.toNumber()}`
        + ` and selector ${JSON.stringify(selectCore)}, which ${defect === null ? 'pass' : `break ${defect}`}`);
    } else if (context.rejectedBy === undefined && defect !== null) {
      problem(where, `an accepted step's V2 descriptor names core ${d.coreIndex.toNumber()} with selector`
        + ` ${JSON.stringify(selectCore)}, which breaks ${defect} under the vector's claim queue`);
    }
  } else if (CORE_RULES.includes(context.rejectedBy)) {
    problem(where, `the step expects ${context.rejectedBy} but the vector states no claim queue or the receipt no`
      + ' V2 descriptor with well-formed signals');
  }
}

// Walks a step's event or check, finding seconded candidates and leaf activations with pending candidates.
function walk(node, where, rejectedBy, claimQueue) {
  if (Array.isArray(node)) {
    node.forEach((item, i) => walk(item, `${where}[${i}]`, rejectedBy, claimQueue));
    return;
  }
  if (node === null || typeof node !== 'object') {
    return;
  }
  if (node.type === 'activate_leaf' && node.paras) {
    for (const [para, state] of Object.entries(node.paras)) {
      let parentHead = state.constraints.required_parent;
      (state.pending_availability || []).forEach((p, i) => {
        checkCandidate(`${where}.paras.${para}.pending_availability[${i}]`, p, {
          para: Number(para),
          relayParent: p.relay_parent.hash,
          expect: fromCommitments(p),
          pvd: {
            parentHead, number: p.relay_parent.number, storageRoot: p.relay_parent.storage_root,
            maxPovSize: p.max_pov_size,
          },
        });
        parentHead = p.commitments.head_data;
      });
    }
  } else if (node.hash && node.commitments && node.code_hash && node.validation_data) {
    const v = node.validation_data;
    checkCandidate(where, node, {
      para: node.para,
      relayParent: node.relay_parent,
      schedulingParent: node.scheduling_parent,
      rejectedBy,
      expect: fromCommitments(node),
      pvd: {
        parentHead: v.parent_head, number: v.relay_parent_number, storageRoot: v.relay_parent_storage_root,
        maxPovSize: v.max_pov_size,
      },
    });
    return;
  } else if (node.hash && node.output_head && node.para_head && node.validation_data) {
    // A candidate backed on the relay chain (runtime-acceptance): the para head is given (a case may give a wrong
    // one); the upward messages are only in the receipt; the new code by its size, the watermark at the relay parent.
    const v = node.validation_data;
    checkCandidate(where, node, {
      para: node.para,
      relayParent: node.relay_parent,
      rejectedBy,
      claimQueue,
      expect: {
        codeHash: node.validation_code_hash,
        paraHead: node.para_head,
        head: node.output_head,
        processed: 0,
        watermark: v.relay_parent_number,
        upwardSizes: null,
        hrmp: [],
        newCode: node.new_code_size > 0 ? node.new_code_size : 'none',
      },
      pvd: {
        parentHead: v.parent_head, number: v.relay_parent_number, storageRoot: v.relay_parent_storage_root,
        maxPovSize: v.max_pov_size,
      },
    });
    return;
  }
  for (const [key, value] of Object.entries(node)) {
    if (key !== 'paras' || node.type !== 'activate_leaf') {
      walk(value, `${where}.${key}`, rejectedBy, claimQueue);
    }
  }
}

function main() {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node check.js VECTORS_DIR');
    process.exit(2);
  }
  const index = path.join(dir, 'index.txt');
  if (!fs.existsSync(index)) {
    console.error(`no index.txt under ${dir}`);
    process.exit(2);
  }
  const list = fs.readFileSync(index, 'utf8').split('\n').filter((l) => l.length > 0);
  for (const file of list) {
    files += 1;
    const doc = YAML.parse(fs.readFileSync(path.join(dir, file), 'utf8'), { intAsBigInt: false });
    const claimQueue = doc.subject === 'runtime-acceptance' && doc.parameters && doc.parameters.params
      ? doc.parameters.params.claim_queue : undefined;
    (doc.steps || []).forEach((step, i) => walk(step.event || step.check, `${file} steps[${i}]`,
      step.event && step.expect && step.expect.outcome === 'rejected' ? step.expect.rule : undefined, claimQueue));
  }
  for (const p of problems) {
    console.log(`DISAGREE ${p}`);
  }
  console.log(`encoding-check: ${files} vectors, ${receipts} receipts checked with polkadot-js `
    + `(${versions.V1} V1, ${versions.V2} V2, ${versions.V3} V3 descriptors), `
    + `${given} candidates without a receipt (hash given)`);
  const failed = problems.length > 0 ? 1 : 0;
  console.log(`encoding-check: ${receipts - new Set(problems.map((p) => p.split(':')[0])).size} passed, `
    + `${new Set(problems.map((p) => p.split(':')[0])).size} failed`);
  process.exit(failed);
}

main();

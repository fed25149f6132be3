// Generates ../ethers_vector.json from ../ethers_input.json: an EIP-712 grant
// (domain "MemoDataGrants" v2) signed with ethers' Wallet.signTypedData, the
// same encoder wallets use for eth_signTypedData_v4. The policy hash is also
// computed here with ethers' TypedDataEncoder so Go's Policy.Hash is checked
// against an independent implementation. Run: npm ci && npm run gen
import { readFileSync, writeFileSync } from "node:fs";
import { Wallet, TypedDataEncoder, parseUnits } from "ethers";

const dir = new URL("..", import.meta.url);
const input = JSON.parse(readFileSync(new URL("ethers_input.json", dir), "utf8"));

const policyTypes = {
  Policy: [
    { name: "taskOwners", type: "address[]" },
    { name: "kinds", type: "string[]" },
    { name: "minPricePerRecord", type: "uint256" },
    { name: "epsilonMicros", type: "uint256" },
    { name: "deltaAtto", type: "uint256" },
    { name: "reexecution", type: "bool" },
  ],
};
const p = input.policy;
const policyValue = {
  taskOwners: p.taskOwners ?? [],
  kinds: p.kinds,
  minPricePerRecord: BigInt(p.minPricePerRecord ?? 0),
  // Fixed point: epsilon in millionths, delta in 1e-18 units (decimal strings, no float maths).
  epsilonMicros: parseUnits(String(p.epsilon), 6),
  deltaAtto: parseUnits(p.deltaDecimal, 18),
  reexecution: p.reexecution ?? false,
};
const policyHash = TypedDataEncoder.hashStruct("Policy", policyTypes, policyValue);

const domain = {
  name: "MemoDataGrants",
  version: "2",
  chainId: input.chainId,
  verifyingContract: input.contract,
};
const types = {
  Grant: [
    { name: "datasetId", type: "bytes32" },
    { name: "enclave", type: "address" },
    { name: "policyHash", type: "bytes32" },
    { name: "expiry", type: "uint64" },
    { name: "nonce", type: "uint256" },
    { name: "deadline", type: "uint64" },
  ],
};
const message = {
  datasetId: input.dataset,
  enclave: input.enclave,
  policyHash,
  expiry: input.expiry,
  nonce: input.nonce,
  deadline: input.deadline,
};

const wallet = new Wallet(input.privateKey);
const signature = await wallet.signTypedData(domain, types, message);
const digest = TypedDataEncoder.hash(domain, types, message);

const out = {
  source: "ethers " + (await import("ethers")).version + " Wallet.signTypedData",
  owner: wallet.address,
  policyHash,
  digest,
  signature,
  typedData: { domain, types, primaryType: "Grant", message },
};
writeFileSync(new URL("ethers_vector.json", dir), JSON.stringify(out, null, 2) + "\n");
console.log("wrote ethers_vector.json for", wallet.address);

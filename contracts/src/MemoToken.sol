// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title MemoToken
/// @notice The MEMO ERC-20 used on dev chains. The whole supply is minted once,
/// to `holder`, at construction; there is no later minting, so the supply is a
/// fixed number that conservation checks can rely on. On a real chain the
/// existing MEMO token is configured instead of deploying this contract.
contract MemoToken is ERC20 {
    constructor(address holder, uint256 supply) ERC20("Memo Token", "MEMO") {
        _mint(holder, supply);
    }
}

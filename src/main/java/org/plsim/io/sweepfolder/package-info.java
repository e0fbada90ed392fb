/**
 * A sweep's result folder as a store: shard part files appended run by run and recovered after a crash, shard
 * sidecars, the identity that keeps one sweep per folder, the status of every shard, and the merge of all parts
 * into {@code runs.csv} exactly once.
 */
package org.plsim.io.sweepfolder;

package main

import "testing"

func TestTmpWD7(t *testing.T) {
	scorePassages(t, "/tmp/devc8/wd7.texts.jsonl", "/tmp/devc8/wd7.gold.jsonl", heldoutFloor{MaxNotClaim: 1000}, true)
}

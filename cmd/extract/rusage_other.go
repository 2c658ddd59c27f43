//go:build !(linux || darwin)

package main

func peakRSS() string { return "" }

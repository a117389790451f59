package flowcsv_test

import (
	"errors"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/native"
	"github.com/argmap/argmap/assets"
)

func mustSample(tb testing.TB) *argmap.Map {
	m, err := native.Decode(assets.SampleRound)
	if err != nil {
		tb.Fatal(err)
	}
	return m
}

func asError[T error](err error, target *T) bool { return errors.As(err, target) }

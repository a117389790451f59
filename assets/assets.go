// Package assets holds the files embedded in the Argmap binary: the app
// icon, the sample map and the JSON Schema of the native format. It is
// bytes only and imports no UI toolkit, so the domain and the command line
// can use it too.
package assets

import _ "embed"

// Icon is the app icon, a 512×512 PNG (drawn by scripts/icon).
//
//go:embed icon.png
var Icon []byte

// SampleMap is the map the app opens when it is given no file, in the
// native format (.argmap.json).
//
//go:embed sample.argmap.json
var SampleMap []byte

// Schema is the JSON Schema (draft 2020-12) of the native format.
//
//go:embed argmap.schema.json
var Schema []byte

package assets

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	json "github.com/goccy/go-json"
)

// schema is the subset of JSON Schema 2020-12 that argmap.schema.json uses.
// Validating with it checks both the files and the schema: a keyword this
// validator does not know is an error, so the schema cannot silently use
// one that nothing checks.
type schema struct {
	root map[string]any
}

var known = []string{"$schema", "$id", "$defs", "$ref", "title", "description", "type", "required",
	"additionalProperties", "properties", "items", "const", "enum", "minimum", "maximum",
	"maxLength", "maxItems", "pattern", "format"}

func (s *schema) validate(v any, sch map[string]any, path string) []string {
	var errs []string
	bad := func(format string, a ...any) { errs = append(errs, path+": "+fmt.Sprintf(format, a...)) }
	for k := range sch {
		if !slices.Contains(known, k) {
			bad("schema keyword %q is not supported by the test validator", k)
		}
	}
	if ref, ok := sch["$ref"].(string); ok {
		name, found := strings.CutPrefix(ref, "#/$defs/")
		def, _ := s.root["$defs"].(map[string]any)[name].(map[string]any)
		if !found || def == nil {
			bad("unresolved $ref %q", ref)
		} else {
			errs = append(errs, s.validate(v, def, path)...)
		}
	}
	if t, ok := sch["type"].(string); ok && !hasType(v, t) {
		bad("expected %s, got %T", t, v)
		return errs
	}
	if c, ok := sch["const"]; ok && fmt.Sprint(c) != fmt.Sprint(v) {
		bad("expected %v, got %v", c, v)
	}
	if e, ok := sch["enum"].([]any); ok && !slices.ContainsFunc(e, func(x any) bool { return x == v }) {
		bad("%v is not one of %v", v, e)
	}
	switch v := v.(type) {
	case string:
		if n, ok := sch["maxLength"].(float64); ok && utf8.RuneCountInString(v) > int(n) {
			bad("longer than %v", n)
		}
		if p, ok := sch["pattern"].(string); ok && !regexp.MustCompile(p).MatchString(v) {
			bad("%q does not match %s", v, p)
		}
		if f, _ := sch["format"].(string); f == "date-time" {
			if _, err := time.Parse(time.RFC3339, v); err != nil {
				bad("%q is no RFC 3339 time", v)
			}
		}
	case float64:
		if n, ok := sch["minimum"].(float64); ok && v < n {
			bad("%v is below %v", v, n)
		}
		if n, ok := sch["maximum"].(float64); ok && v > n {
			bad("%v is above %v", v, n)
		}
	case []any:
		if n, ok := sch["maxItems"].(float64); ok && len(v) > int(n) {
			bad("more than %v items", n)
		}
		if items, ok := sch["items"].(map[string]any); ok {
			for i, x := range v {
				errs = append(errs, s.validate(x, items, fmt.Sprintf("%s[%d]", path, i))...)
			}
		}
	case map[string]any:
		props, _ := sch["properties"].(map[string]any)
		req, _ := sch["required"].([]any)
		for _, r := range req {
			if _, ok := v[r.(string)]; !ok {
				bad("missing %q", r)
			}
		}
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			p, ok := props[k].(map[string]any)
			if !ok {
				if sch["additionalProperties"] == false {
					bad("unknown property %q", k)
				}
				continue
			}
			errs = append(errs, s.validate(v[k], p, path+"."+k)...)
		}
	}
	return errs
}

func hasType(v any, t string) bool {
	switch t {
	case "object":
		_, ok := v.(map[string]any)
		return ok
	case "array":
		_, ok := v.([]any)
		return ok
	case "string":
		_, ok := v.(string)
		return ok
	case "boolean":
		_, ok := v.(bool)
		return ok
	case "number":
		_, ok := v.(float64)
		return ok
	case "integer":
		f, ok := v.(float64)
		return ok && f == math.Trunc(f)
	}
	return false
}

func TestSchema(t *testing.T) {
	var root map[string]any
	if err := json.Unmarshal(Schema, &root); err != nil {
		t.Fatalf("argmap.schema.json: %v", err)
	}
	if root["$schema"] != "https://json-schema.org/draft/2020-12/schema" {
		t.Errorf("$schema = %v, want draft 2020-12", root["$schema"])
	}
	s := &schema{root: root}
	files := map[string][]byte{"sample.argmap.json": SampleMap, "sample-round.argmap.json": SampleRound}
	var goldens []string
	for _, dir := range []string{"../argmap/native/testdata", "../argmap/testdata"} {
		names, _ := filepath.Glob(dir + "/*.golden")
		if len(names) == 0 {
			t.Errorf("no golden files found in %s", dir)
		}
		goldens = append(goldens, names...)
	}
	for _, g := range goldens {
		data, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		files[g] = data
	}
	for name, data := range files {
		var v any
		if err := json.Unmarshal(data, &v); err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		for _, e := range s.validate(v, root, "") {
			t.Errorf("%s: %s", name, strings.TrimPrefix(e, "."))
		}
	}
}

// TestSchemaRejects checks that the validator and the schema do catch
// faults, so that TestSchema passing means something.
func TestSchemaRejects(t *testing.T) {
	var root map[string]any
	if err := json.Unmarshal(Schema, &root); err != nil {
		t.Fatal(err)
	}
	s := &schema{root: root}
	const id = "00000000-0000-4000-8000-000000000001"
	for _, in := range []string{
		`{"format": "argmap", "version": 4, "map": {}}`,
		`{"format": "argmap", "version": 2, "map": {"claims": [{"id": "` + id + `", "text": "a", "pos": {"x": 0, "y": 0}, "comments": [{"id": "` + id + `", "text": "c", "private": "yes"}]}]}}`,
		`{"format": "argmap", "version": 1, "map": {"nodes": []}}`,
		`{"format": "argmap", "version": 1, "map": {"claims": [{"id": "` + id + `", "text": 5, "pos": {"x": 0, "y": 0}}]}}`,
		`{"format": "argmap", "version": 1, "map": {"claims": [{"id": "8f1e", "text": "a", "pos": {"x": 0, "y": 0}}]}}`,
		`{"format": "argmap", "version": 1, "map": {"claims": [{"id": "` + id + `", "text": "a", "pos": {"x": 2e7, "y": 0}}]}}`,
		`{"format": "argmap", "version": 1, "map": {"arguments": [{"id": "` + id + `", "premises": [], "target": "` + id + `", "polarity": "maybe"}]}}`,
		`{"format": "argmap", "version": 1, "map": {"meta": {"created": "yesterday"}}}`,
	} {
		var v any
		if err := json.Unmarshal([]byte(in), &v); err != nil {
			t.Fatal(err)
		}
		if errs := s.validate(v, root, ""); len(errs) == 0 {
			t.Errorf("schema accepts %s", in)
		}
	}
}

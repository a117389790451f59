// Command probe links this package and Fyne's lang, as the editor does,
// and prints the locale Fyne sees; TestInitRunsBeforeFyne runs it.
package main

import (
	"fmt"

	"fyne.io/fyne/v2/lang"

	_ "github.com/argmap/argmap/internal/locale"
)

func main() { fmt.Println(lang.SystemLocale()) }

package main

import (
	"fmt"
	"os"
	"time"

	"github.com/annals-project/annals/article"
	"github.com/annals-project/annals/dict"
	"github.com/annals-project/annals/dict/dictfile"
	"github.com/annals-project/annals/pipeline"
)

func main() {
	d := &dict.Dict{}
	set := os.Args[1]
	G := "../shared/gold/dictionaries/"
	var files []string
	if set == "t" {
		files = []string{G + "tabari/TABARI.Demo.verbs", G + "tabari/TABARI.Demo.actors", G + "tabari/Validate.agents", G + "tabari/Validate.options"}
	} else {
		v := G + "petrarch/PETR.Validate.verbs.2.0.txt"
		if set == "p1" {
			v = G + "petrarch/PETR.Validate.verbs.txt"
		}
		files = []string{v, G + "petrarch/PETR.Validate.actors.txt", G + "petrarch/PETR.Validate.agents.txt", G + "petrarch/PETR.Validate.discards.txt"}
	}
	for _, f := range files {
		dictfile.Load(d, f)
	}
	p, _ := pipeline.New(d)
	date, _ := time.Parse("2006-01-02", os.Args[2])
	for _, s := range p.Splitter().Split(os.Args[3]) {
		for _, t := range s.Tokens {
			fmt.Printf("%s/%s ", t.Text, t.Lemma)
		}
		fmt.Println()
		for _, m := range p.Coder().Actors().Find(s.Tokens, date) {
			fmt.Printf("  mention %d-%d %s %v %s\n", m.Start, m.End, m.Code, m.Also, m.How)
		}
	}
	evs, _ := p.Code(&article.Article{ID: "x", Text: os.Args[3], Date: date})
	for _, e := range evs {
		fmt.Println(e.Source.Code, e.Target.Code, e.Code, e.Explain.Pattern.Text, e.Explain.Pattern.Origin, e.Explain.Notes)
	}
}

use super::*;

fn doc(src: &str, format: Format) -> Document {
    Document::parse(src.as_bytes(), format).expect("parses")
}

fn blocks(d: &Document) -> Vec<(BlockKind, &str)> {
    d.blocks.iter().map(|b| (b.kind, d.block_text(b))).collect()
}

/// Every block maps back to original text that contains it.
fn assert_maps_back(d: &Document) {
    for b in &d.blocks {
        let (s, e) = (d.map.start(b.start), d.map.end(b.end));
        assert!(s <= e && e <= d.original.len(), "{s}..{e}");
        assert!(d.original.is_char_boundary(s) && d.original.is_char_boundary(e));
    }
}

#[test]
fn markdown_blocks_and_offsets() {
    let src = "# Purpose\n\nThe agency *must* review\nevery match.\n\n- first item\n- second &amp; last\n\n```\ncode is skipped\n```\n";
    let d = doc(src, Format::Markdown);
    assert_eq!(
        blocks(&d),
        vec![
            (BlockKind::Heading(1), "Purpose"),
            (BlockKind::Paragraph, "The agency must review every match."),
            (BlockKind::ListItem, "first item"),
            (BlockKind::ListItem, "second & last"),
        ]
    );
    let b = &d.blocks[1];
    let must = d.text[b.start..].find("must").unwrap() + b.start;
    assert_eq!(&src[d.map.start(must)..d.map.end(must + 4)], "must");
    let amp = d.text.find('&').unwrap();
    assert_eq!(&src[d.map.start(amp)..d.map.end(amp + 1)], "&amp;");
    assert_maps_back(&d);
}

#[test]
fn html_skips_script_style_and_decodes_entities() {
    let src = "<html><head><title>T</title><style>p{}</style></head><body><h2>Scope</h2><script>if (a<b) { x = '</p>' }</script><p>Data&nbsp;is  kept &lt;31&gt; days &#8212; then <b>deleted</b>.</p><ul><li>One</li></ul><table><tr><td>Cell</td></tr></table></body></html>";
    let d = doc(src, Format::Html);
    assert_eq!(
        blocks(&d),
        vec![
            (BlockKind::Heading(2), "Scope"),
            (BlockKind::Paragraph, "Data is kept <31> days — then deleted."),
            (BlockKind::ListItem, "One"),
            (BlockKind::TableCell, "Cell"),
        ]
    );
    let deleted = d.text.find("deleted").unwrap();
    assert_eq!(&src[d.map.start(deleted)..d.map.end(deleted + 7)], "deleted");
    assert_maps_back(&d);
}

#[test]
fn html_skips_page_furniture() {
    // Menus, footers, banners and cookie notices are the site, not the policy.
    let src = "<body><div class=\"Cookie-Notice\"><p>We use cookies.</p></div><header role=\"banner\"><a>Privacy</a></header><nav><ul><li>Complaints</li></ul></nav><article><h1>Policy</h1><p>Logs are kept.</p><aside role=\"navigation\"><p>Menu</p></aside></article><footer><p>Accessibility</p></footer></body>";
    assert_eq!(blocks(&doc(src, Format::Html)), vec![(BlockKind::Heading(1), "Policy"), (BlockKind::Paragraph, "Logs are kept.")]);
    // With a <main>, only its content is read.
    let src = "<body><div><p>Site search</p></div><main><p>Logs are kept.</p><div><main><p>Inner.</p></main></div></main><p>Related pages</p></body>";
    let d = doc(src, Format::Html);
    assert_eq!(blocks(&d), vec![(BlockKind::Paragraph, "Logs are kept."), (BlockKind::Paragraph, "Inner.")]);
    assert_maps_back(&d);
}

#[test]
fn html_references_map_to_their_source() {
    // CR LF line ends, a legacy reference without `;`, a numeric one, an
    // unknown name and a bare ampersand, plus nested skipped elements.
    let src = "<p>Fees &copy2024 &#x201C;kept&#8221;\r\nfor &unknown; AT&T &amp;&amp; more</p><svg><svg></svg><text>no</text></svg><p>After</p>";
    let d = doc(src, Format::Html);
    assert_eq!(
        blocks(&d),
        vec![(BlockKind::Paragraph, "Fees ©2024 \u{201c}kept\u{201d} for &unknown; AT&T && more"), (BlockKind::Paragraph, "After")]
    );
    let span = |needle: &str| {
        let at = d.text.find(needle).unwrap();
        &src[d.map.start(at)..d.map.end(at + needle.len())]
    };
    assert_eq!(span("©"), "&copy");
    assert_eq!(span("2024"), "2024");
    assert_eq!(span("\u{201c}kept\u{201d}"), "&#x201C;kept&#8221;");
    assert_eq!(span("for"), "for");
    assert_eq!(span("&unknown;"), "&unknown;");
    assert_eq!(span("AT&T"), "AT&T");
    assert_eq!(span("&&"), "&amp;&amp;");
    assert_maps_back(&d);
}

#[test]
fn parsed_documents_cross_as_json_and_are_checked() {
    let src = "<h1>Title</h1><p>One &amp; two.</p>";
    let d = doc(src, Format::Html);
    let json = serde_json::to_string(&d).unwrap();
    // The lint bundle reads it with the pull reader; serde reads the same.
    let back: Document = crate::json::pull(&json).unwrap();
    let by_serde: Document = serde_json::from_str(&json).unwrap();
    assert_eq!((back.format, &back.text, &back.original, &back.blocks), (by_serde.format, &by_serde.text, &by_serde.original, &by_serde.blocks));
    assert_eq!(serde_json::to_string(&back).unwrap(), json);
    assert!(back.check().is_ok());
    assert_eq!(blocks(&back), blocks(&d));
    let amp = back.text.find('&').unwrap();
    assert_eq!(&src[back.map.start(amp)..back.map.end(amp + 1)], "&amp;");
    let mut broken = back.clone();
    broken.blocks[0].end = broken.text.len() + 3;
    assert!(broken.check().is_err());
    let mut broken = back;
    broken.original.truncate(3);
    assert!(broken.check().is_err());
}

#[test]
fn a_broken_document_from_the_formats_bundle_is_an_error() {
    let json = serde_json::to_string(&doc("# Title\n\nText.", Format::Markdown)).unwrap();
    assert!(json.contains(r#"{"Heading":1}"#), "{json}");
    let err = |json: &str| crate::json::pull::<Document>(json).unwrap_err().to_string();
    assert!(err(&json.replace(r#""markdown""#, r#""pdf""#)).starts_with("unknown value `pdf`"));
    assert!(err(&json.replace(r#"{"Heading":1}"#, r#"{"Heading":300}"#)).starts_with("a heading level too large"));
    assert!(err(&json.replace(r#"{"Heading":1}"#, r#""Title""#)).starts_with("unknown value `Title`"));
    assert!(err(&json.replace(r#","map":["#, r#","mapp":["#)).starts_with("missing field `map`"));
    assert!(err(&json.replace("[0,", "[-1,")).starts_with("expected a whole number"));
    assert!(err(&json.replace("]]}", ",5]]}")).starts_with("a map segment has four numbers"));
    // A key this reader does not know is skipped, as serde's derive does.
    let extra = json.replacen('{', r#"{"extra":[{"a":null,"b":[true,1.5e3]}],"#, 1);
    assert_eq!(crate::json::pull::<Document>(&extra).unwrap().text, "Title\n\nText.");
}

#[test]
fn plain_text_headings_lists_and_wrapped_lines() {
    let src = "Purpose and scope\n\nThe agency will review\nall matches.\n\n- one item\n- two items\n";
    let d = doc(src, Format::Text);
    assert_eq!(
        blocks(&d),
        vec![
            (BlockKind::Heading(2), "Purpose and scope"),
            (BlockKind::Paragraph, "The agency will review all matches."),
            (BlockKind::ListItem, "one item"),
            (BlockKind::ListItem, "two items"),
        ]
    );
    assert_maps_back(&d);
}

#[test]
fn plain_text_copied_without_blank_lines_keeps_its_headings() {
    // As pasted from a PDF: headings sit on their own lines between sentences.
    let src = "RESOLUTION OF THE COUNCIL ESTABLISHING A POLICY ON THE DATA OF RESIDENTS AND THE USE OF CAMERAS IN PARKS\nPurpose\nThis order sets rules for the tools.\nA. DEFINITIONS\nModel - a trained program.\nScope of This Order\nThe order covers\nall staff.\nThe records include:\nAudit logs\nCase notes\n";
    let d = doc(src, Format::Text);
    assert_eq!(
        blocks(&d),
        vec![
            (BlockKind::Heading(2), "RESOLUTION OF THE COUNCIL ESTABLISHING A POLICY ON THE DATA OF RESIDENTS AND THE USE OF CAMERAS IN PARKS"),
            (BlockKind::Heading(2), "Purpose"),
            (BlockKind::Paragraph, "This order sets rules for the tools."),
            (BlockKind::Heading(2), "A. DEFINITIONS"),
            (BlockKind::Paragraph, "Model - a trained program."),
            (BlockKind::Heading(2), "Scope of This Order"),
            // A wrapped line is no heading, nor are unmarked items after a colon.
            (BlockKind::Paragraph, "The order covers all staff. The records include: Audit logs Case notes"),
        ]
    );
    assert_maps_back(&d);
}

#[test]
fn items_copied_one_per_line_end_before_the_next_sentence() {
    // A web page's list pasted without bullets or full stops, then prose.
    let src = "Live facial recognition helps us to:\nlocate people wanted by the courts\nfind missing people who may be at risk\nWe tell the public before each deployment by posting notices online and by putting signs at the edge of the area.\n";
    for format in [Format::Text, Format::Markdown] {
        let d = doc(src, format);
        assert_eq!(
            blocks(&d),
            vec![
                (BlockKind::Paragraph, "Live facial recognition helps us to: locate people wanted by the courts find missing people who may be at risk"),
                (BlockKind::Paragraph, "We tell the public before each deployment by posting notices online and by putting signs at the edge of the area."),
            ],
            "{format:?}"
        );
        assert_maps_back(&d);
    }
    // Lines wrapped at a fixed width stay one paragraph.
    let wrapped = "Scope.\nRequests must be approved in writing by the\nChief Constable before any search is run,\nand the approval is kept with the case file.\n";
    for format in [Format::Text, Format::Markdown] {
        assert_eq!(blocks(&doc(wrapped, format)).len(), 1, "{format:?}");
    }
}

#[test]
fn plain_text_numbered_titles_with_a_period() {
    let src = "§ 9.64.010. Definitions.\n\nThe following terms apply.\n\n12. Logs are kept.\n";
    let d = doc(src, Format::Text);
    assert_eq!(
        blocks(&d),
        vec![
            (BlockKind::Heading(2), "§ 9.64.010. Definitions."),
            (BlockKind::Paragraph, "The following terms apply."),
            (BlockKind::ListItem, "Logs are kept."),
        ]
    );
}

/// A section number and a long catchline on one line is a heading; a
/// numbered sentence stays text.
#[test]
fn plain_text_statute_section_titles() {
    let src = "12-34-501. Definitions.\nAs used in this part, \"tool\" means a program.\n12-34-502. Use of drafting tools by the county -- Policy -- Requirements.\nThe county shall keep a register of each tool.\n12-34-503. The county shall publish the register.\n";
    let d = doc(src, Format::Text);
    let headings: Vec<_> = blocks(&d).into_iter().filter(|(k, _)| matches!(k, BlockKind::Heading(_))).map(|(_, s)| s).collect();
    assert_eq!(headings, vec!["12-34-501. Definitions.", "12-34-502. Use of drafting tools by the county -- Policy -- Requirements."]);
}

/// Statutes chain their labels: "(a)(i) " and "(3)(b) " open items too.
#[test]
fn plain_text_chained_labels_open_items() {
    let src = "Each report must state the following:\n(a)(i) The name of the tool; and (ii) its limits;\n(b)(1) The data it uses;\n(c) Its purpose.\n";
    let d = doc(src, Format::Text);
    assert_eq!(
        blocks(&d),
        vec![
            (BlockKind::Paragraph, "Each report must state the following:"),
            (BlockKind::ListItem, "The name of the tool; and (ii) its limits;"),
            (BlockKind::ListItem, "The data it uses;"),
            (BlockKind::ListItem, "Its purpose."),
        ]
    );
}

/// A statute's catchline under its section number is a heading, period and
/// all; a sentence under a section number stays text.
#[test]
fn plain_text_catchline_under_a_section_number() {
    let src = "RCW 12.345.040\nReview—When required.\n\nThe agency must review each match.\n\nSection 4\nThe county shall publish a yearly report.\n\nArticle 5\nLogs are kept.\n";
    let d = doc(src, Format::Text);
    assert_eq!(
        blocks(&d),
        vec![
            (BlockKind::Heading(2), "RCW 12.345.040"),
            (BlockKind::Heading(2), "Review—When required."),
            (BlockKind::Paragraph, "The agency must review each match."),
            (BlockKind::Heading(2), "Section 4"),
            (BlockKind::Paragraph, "The county shall publish a yearly report."),
            (BlockKind::Heading(2), "Article 5"),
            (BlockKind::Paragraph, "Logs are kept."),
        ]
    );
}

/// A numbered title in sentence case over its first subsection is a heading;
/// a numbered sentence that goes on is an item.
#[test]
fn plain_text_numbered_title_over_its_subsection() {
    let src = "3. Définitions\n3.1 Les termes sont définis à l'annexe.\n\n4. Objectifs et résultats attendus de la directive\n4.1 La directive vise des décisions exactes.\n\n5. Les agents consignent chaque recherche\n5.2 Le registre est conservé.\n";
    let d = doc(src, Format::Text);
    let kinds: Vec<_> = blocks(&d).into_iter().filter(|(k, _)| matches!(k, BlockKind::Heading(_))).map(|(_, s)| s).collect();
    assert_eq!(kinds, vec!["3. Définitions", "4. Objectifs et résultats attendus de la directive"]);
}

/// Clauses numbered by section ("4.2.1 Les décisions …") are items of their
/// lead-in, one per line; a decimal that goes on a sentence is not.
#[test]
fn plain_text_clauses_numbered_by_section() {
    let src = "4.2 Les résultats attendus sont les suivants :\n4.2.1 Les décisions sont motivées.\n4.2.2 Les incidences sont évaluées.\nLe budget atteint\n3.5 millions par an.\n";
    let d = doc(src, Format::Text);
    let items: Vec<_> = blocks(&d).into_iter().filter(|(k, _)| *k == BlockKind::ListItem).map(|(_, s)| s).collect();
    assert_eq!(items, vec!["Les résultats attendus sont les suivants :", "Les décisions sont motivées.", "Les incidences sont évaluées."]);
}

#[test]
fn plain_text_joins_words_a_pdf_hyphenated() {
    let src = "Every search is logged for the investi-\ngation file, and the self-\nAssessment too.\n";
    let d = doc(src, Format::Text);
    assert_eq!(blocks(&d), vec![(BlockKind::Paragraph, "Every search is logged for the investigation file, and the self- Assessment too.")]);
    assert_maps_back(&d);
}

#[test]
fn plain_text_items_labelled_in_brackets() {
    let src = "The report includes:\n(1) the uses made; and\n(iv) the costs.\n(Note: see annex) applies to all.\n";
    let d = doc(src, Format::Text);
    assert_eq!(
        blocks(&d),
        vec![
            (BlockKind::Paragraph, "The report includes:"),
            (BlockKind::ListItem, "the uses made; and"),
            (BlockKind::ListItem, "the costs. (Note: see annex) applies to all."),
        ]
    );
    assert_maps_back(&d);
}

#[test]
fn bad_inputs_are_errors_not_panics() {
    assert!(matches!(Document::parse(b"ok \xff\xfe", Format::Text), Err(LintError::InvalidUtf8 { offset: 3 })));
    assert!(matches!(Document::parse(b"PK\x03\x04 not really", Format::Docx), Err(LintError::Docx(_))));
    assert!(matches!(Document::parse(b"", Format::Docx), Err(LintError::Docx(_))));
    let empty = Document::parse(b"", Format::Markdown).unwrap();
    assert!(empty.blocks.is_empty());
}

#[test]
fn sniffing() {
    assert_eq!(Format::sniff(b"PK\x03\x04rest"), Format::Docx);
    assert_eq!(Format::sniff(b"  <!DOCTYPE html><p>x"), Format::Html);
    assert_eq!(Format::sniff(b"<div>Policy</div>"), Format::Html);
    assert_eq!(Format::sniff(b"# Title"), Format::Markdown);
    assert_eq!(Format::sniff(b"< 5 items"), Format::Markdown);
    assert_eq!(Format::sniff(b"<!-- raikit-disable -->\n# Title"), Format::Markdown);
}

fn zip_with(name: &str, content: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    zip.start_file(name, options).unwrap();
    zip.write_all(content).unwrap();
    zip.finish().unwrap().into_inner()
}

#[test]
fn docx_extracts_headings_lists_cells_and_entities() {
    let xml = br#"<w:document xmlns:w="w"><w:body><w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Policy</w:t></w:r></w:p><w:p><w:pPr><w:numPr/></w:pPr><w:r><w:t xml:space="preserve">A </w:t></w:r><w:r><w:t>&amp; B</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>Cell</w:t><w:tab/><w:t>two</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>"#;
    let d = Document::parse(&zip_with("word/document.xml", xml), Format::Docx).unwrap();
    assert_eq!(blocks(&d), vec![(BlockKind::Heading(1), "Policy"), (BlockKind::ListItem, "A & B"), (BlockKind::TableCell, "Cell two")]);
    assert_eq!(d.original, "Policy\nA & B\nCell two");
}

#[test]
fn docx_headings_in_french_and_spanish_word_and_by_outline_level() {
    let para = |ppr: &str, text: &str| format!("<w:p><w:pPr>{ppr}</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>");
    let body = [
        para(r#"<w:pStyle w:val="Titre1"/>"#, "Objet"),
        para(r#"<w:pStyle w:val="Ttulo2"/>"#, "Alcance"),
        para(r#"<w:outlineLvl w:val="0"/>"#, "Scope"),
        para(r#"<w:outlineLvl w:val="9"/>"#, "Body text."),
        para(r#"<w:pStyle w:val="TitreTableau"/>"#, "Not a heading."),
        // Deleted text of a tracked change is not in the document.
        r#"<w:p><w:r><w:t>Kept</w:t></w:r><w:del><w:r><w:delText> gone</w:delText></w:r></w:del></w:p>"#.to_string(),
    ]
    .concat();
    let xml = format!(r#"<w:document xmlns:w="w"><w:body>{body}</w:body></w:document>"#);
    let d = Document::parse(&zip_with("word/document.xml", xml.as_bytes()), Format::Docx).unwrap();
    assert_eq!(
        blocks(&d),
        vec![
            (BlockKind::Heading(1), "Objet"),
            (BlockKind::Heading(2), "Alcance"),
            (BlockKind::Heading(1), "Scope"),
            (BlockKind::Paragraph, "Body text."),
            (BlockKind::Paragraph, "Not a heading."),
            (BlockKind::Paragraph, "Kept"),
        ]
    );
}

#[test]
fn docx_text_boxes_are_read_once_and_keep_the_outer_paragraph() {
    // A text box inside a paragraph, stored twice (drawing and fallback),
    // and an empty paragraph.
    let xml = br#"<w:document xmlns:w="w" xmlns:mc="mc"><w:body><w:p/><w:p><w:r><w:t>Before</w:t></w:r><mc:AlternateContent><mc:Choice><w:txbxContent><w:p><w:r><w:t>Boxed note.</w:t></w:r></w:p></w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent><w:p><w:r><w:t>Boxed note.</w:t></w:r></w:p></w:txbxContent></mc:Fallback></mc:AlternateContent><w:r><w:t> after.</w:t></w:r></w:p><w:p><w:r><w:t>Next.</w:t></w:r></w:p></w:body></w:document>"#;
    let d = Document::parse(&zip_with("word/document.xml", xml), Format::Docx).unwrap();
    assert_eq!(
        blocks(&d),
        vec![(BlockKind::Paragraph, "Boxed note."), (BlockKind::Paragraph, "Before after."), (BlockKind::Paragraph, "Next.")]
    );
}

#[test]
fn bold_lines_are_titles_in_documents_without_heading_styles() {
    let md = "## 2. Terms\n\n**Definitions**\n\nModel: a trained program.\n\n**Officers must not share passwords.**\n\n- **Bold item**\n\nSome **bold** words.\n";
    let d = doc(md, Format::Markdown);
    assert_eq!(
        blocks(&d),
        vec![
            (BlockKind::Heading(2), "2. Terms"),
            (BlockKind::Heading(6), "Definitions"),
            (BlockKind::Paragraph, "Model: a trained program."),
            (BlockKind::Paragraph, "Officers must not share passwords."),
            (BlockKind::ListItem, "Bold item"),
            (BlockKind::Paragraph, "Some bold words."),
        ]
    );
    let run = |bold: &str, text: &str| format!("<w:r><w:rPr>{bold}</w:rPr><w:t xml:space=\"preserve\">{text}</w:t></w:r>");
    let body = [
        format!("<w:p>{}{}</w:p>", run("<w:b/>", "Scope "), run("<w:b w:val=\"true\"/>", "of Use")),
        format!("<w:p>{}</w:p>", run("<w:b/>", "Logs are kept.")),
        format!("<w:p>{}{}</w:p>", run("<w:b/>", "Partly "), run("<w:b w:val=\"0\"/>", "bold")),
    ]
    .concat();
    let xml = format!(r#"<w:document xmlns:w="w"><w:body>{body}</w:body></w:document>"#);
    let d = Document::parse(&zip_with("word/document.xml", xml.as_bytes()), Format::Docx).unwrap();
    assert_eq!(
        blocks(&d),
        vec![(BlockKind::Heading(6), "Scope of Use"), (BlockKind::Paragraph, "Logs are kept."), (BlockKind::Paragraph, "Partly bold")]
    );
}

#[test]
fn docx_zip_bomb_and_malformed_xml_are_errors() {
    let big = vec![b' '; 5000];
    let err = docx::parse_with_limit(&zip_with("word/document.xml", &big), 1000).unwrap_err();
    assert!(err.to_string().contains("limit"), "{err}");
    let err = Document::parse(&zip_with("word/document.xml", b"<w:document><w:p></w:x>"), Format::Docx).unwrap_err();
    assert!(err.to_string().contains("malformed"), "{err}");
    let err = Document::parse(&zip_with("other.xml", b"<a/>"), Format::Docx).unwrap_err();
    assert!(err.to_string().contains("word/document.xml"), "{err}");
}

#[test]
fn oversized_input_is_refused() {
    let big = vec![b'a'; MAX_INPUT_BYTES + 1];
    assert!(matches!(Document::parse(&big, Format::Text), Err(LintError::TooLarge { .. })));
}

#[test]
fn plain_text_contents_entries_in_sentence_case_stay_headings() {
    // A table of contents copied out of a PDF: one entry a line, each with
    // its page number; an entry in sentence case follows another entry.
    let src = "Contents\nIntroduction 3\nOversight 5\nChecks made before each use of the tool 6\nRecords kept by the unit 8\n\nIntroduction\nThe unit checks every match.\n";
    let d = doc(src, Format::Text);
    assert_eq!(
        blocks(&d),
        vec![
            (BlockKind::Heading(2), "Contents"),
            (BlockKind::Heading(2), "Introduction 3"),
            (BlockKind::Heading(2), "Oversight 5"),
            (BlockKind::Heading(2), "Checks made before each use of the tool 6"),
            (BlockKind::Heading(2), "Records kept by the unit 8"),
            (BlockKind::Heading(2), "Introduction"),
            (BlockKind::Paragraph, "The unit checks every match."),
        ]
    );
    // A sentence that ends with a number after a plain paragraph is text.
    let d = doc("The unit keeps logs.\nImages are kept for no more than 30\ndays after capture.\n", Format::Text);
    assert_eq!(blocks(&d), vec![(BlockKind::Paragraph, "The unit keeps logs. Images are kept for no more than 30 days after capture.")]);
    // Under a numbered heading, a line wrapped after a number goes on.
    let d = doc("Article 3\nImages are kept for no more than 30\ndays after capture.\n", Format::Text);
    assert_eq!(blocks(&d), vec![(BlockKind::Heading(2), "Article 3"), (BlockKind::Paragraph, "Images are kept for no more than 30 days after capture.")]);
    assert_maps_back(&d);
}

/// Text copied from a web page or a PDF marks list items with "•", which
/// Markdown does not know: each such line is a list item of its own, not a
/// run-on of the paragraph (pubfres6, 2026-11-29). The bullet is dropped and
/// the item maps back to its line.
#[test]
fn markdown_bullet_characters_open_list_items() {
    let src = "L'autorisation est accordée si :\n  • un règlement existe ;\n  • le public est informé par des panneaux.\n\n• Les images sont effacées après sept jours.\n";
    let d = doc(src, Format::Markdown);
    assert_eq!(
        blocks(&d),
        vec![
            (BlockKind::Paragraph, "L'autorisation est accordée si :"),
            (BlockKind::ListItem, "un règlement existe ;"),
            (BlockKind::ListItem, "le public est informé par des panneaux."),
            (BlockKind::ListItem, "Les images sont effacées après sept jours."),
        ]
    );
    let b = &d.blocks[1];
    assert_eq!(&src[d.map.start(b.start)..d.map.end(b.end)], "un règlement existe ;");
    assert_maps_back(&d);
    // A bullet inside a line is text.
    let d = doc("Le point • reste dans la phrase.\n", Format::Markdown);
    assert_eq!(blocks(&d), vec![(BlockKind::Paragraph, "Le point • reste dans la phrase.")]);
}

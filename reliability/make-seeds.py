#!/usr/bin/env python3
"""Writes the committed Jazzer regression inputs (crawler/src/test/resources/org/joinedup/crawler/fuzz/...).

Seeds are small on purpose: trimmed demo-site documents (fictional councils), tiny synthetic files from the
test corpus in testdata/ (feedparser, ROME, schema.org, Jobvite, JSONTestSuite, defusedxml), and hand-made broken and
hostile variants. @MARKER_FILE@ / @MARKER_URL@ are swapped by FuzzProperty for a temp file holding a unique
marker and for a loopback socket nobody may connect to. Run from the repository root; rerunning rewrites
the seed_* files and leaves any crash-* findings Jazzer added alone.
"""
import re, sys, pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT / "testdata"
SITES = ROOT / "config" / "demo" / "sites"
OUT = ROOT / "crawler/src/test/resources/org/joinedup/crawler/fuzz"
EMAIL = re.compile(rb"[\w.+-]+@[\w-]+(\.[\w-]+)+")


def clean(b):
    # no personal data in committed seeds: any e-mail address becomes a neutral one
    return EMAIL.sub(b"jobs@council.example", b)


def corpus(rel):
    return clean((CORPUS / rel).read_bytes())


def site(rel):
    return (SITES / rel).read_bytes()


def first_items(doc, tag, n):
    """The document with only its first n <tag> elements (keeps seeds small)."""
    s = doc.decode("utf-8")
    parts = s.split("<" + tag)
    head, items = parts[0], parts[1:]
    if len(items) <= n:
        return doc
    kept = items[:n]
    tail_at = items[-1].find("</" + tag + ">") + len("</" + tag + ">")
    kept[-1] = kept[-1][: kept[-1].find("</" + tag + ">") + len("</" + tag + ">")]
    return (head + "".join("<" + tag + k for k in kept) + items[-1][tail_at:]).encode("utf-8")


RSS = (b'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Jobs</title>'
       b'<item><title>Gardener</title><link>https://council.example/jobs/1</link><guid>job-1</guid>'
       b'<description>Keep the parks tidy.</description><pubDate>Mon, 02 Nov 2026 09:00:00 GMT</pubDate>'
       b'</item></channel></rss>')
JOBXML = (b'<?xml version="1.0" encoding="UTF-8"?><source><publisher>Council</publisher><job>'
          b'<title><![CDATA[Library assistant]]></title><referencenumber>L-1</referencenumber>'
          b'<url>https://council.example/jobs/L-1</url><city>Tampere</city><country>FI</country>'
          b'<salary>2500 EUR / month</salary><jobtype>fulltime</jobtype><date>2026-11-02</date></job></source>')
HRXML = (b'<?xml version="1.0" encoding="UTF-8"?><PositionOpening xmlns="http://www.hr-xml.org/3">'
         b'<DocumentID>d-1</DocumentID><PositionProfile languageCode="en"><PositionTitle>Cleaner</PositionTitle>'
         b'<PositionLocation><Address><CityName>Ripon</CityName><CountryCode>GB</CountryCode></Address>'
         b'</PositionLocation><PositionOrganization><OrganizationIdentifiers><OrganizationName>Council'
         b'</OrganizationName></OrganizationIdentifiers></PositionOrganization>'
         b'<JobCategoryCode listName="ISCO2008">9112</JobCategoryCode><PositionFormattedDescription><Content>'
         b'<![CDATA[<p>Clean the civic offices.</p>]]></Content></PositionFormattedDescription>'
         b'<PositionPeriod><StartDate><DateText>01.03.2027</DateText></StartDate></PositionPeriod>'
         b'</PositionProfile></PositionOpening>')
JSONLD = (b'{"@context":"https://schema.org/","@type":"JobPosting","title":"Teacher","identifier":'
          b'{"@type":"PropertyValue","value":"T-9"},"datePosted":"2026-11-02","validThrough":"2026-12-01",'
          b'"employmentType":["FULL_TIME","TEMPORARY"],"hiringOrganization":{"@type":"Organization",'
          b'"name":"Council"},"jobLocation":{"@type":"Place","address":{"@type":"PostalAddress",'
          b'"addressLocality":"Aarhus","addressCountry":"DK"}},"baseSalary":{"@type":"MonetaryAmount",'
          b'"currency":"DKK","value":{"@type":"QuantitativeValue","minValue":30000,"maxValue":35000,'
          b'"unitText":"MONTH"}},"description":"<p>Teach.</p>"}')


def page(json):
    return b'<!doctype html><html lang="da"><head><script type="application/ld+json">' + json + \
        b'</script></head><body><a href="/job/2.html">next</a></body></html>'


def hostile_xml(root_open, root_close):
    """Entity and DTD attacks wrapped around a document of the target's own shape."""
    return {
        "xxe_file": b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "@MARKER_FILE@">]>' + root_open
                    + b"&x;" + root_close,
        "xxe_url": b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "@MARKER_URL@">]>' + root_open
                   + b"&x;" + root_close,
        "xxe_param": b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY % p SYSTEM "@MARKER_URL@"> %p;]>'
                     + root_open + root_close,
        "dtd_external": b'<?xml version="1.0"?><!DOCTYPE r SYSTEM "@MARKER_URL@">' + root_open + root_close,
        "dtd_file": b'<?xml version="1.0"?><!DOCTYPE r SYSTEM "@MARKER_FILE@">' + root_open + root_close,
        "xinclude": root_open.replace(b">", b' xmlns:xi="http://www.w3.org/2001/XInclude">', 1)
                    + b'<xi:include href="@MARKER_FILE@" parse="text"/>' + root_close,
        "billion_laughs": b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
                          b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;">]>'
                          + root_open + b"&d;" + root_close,
        "deep_nesting": root_open + b"<a>" * 3000 + b"</a>" * 3000 + root_close,
        "truncated": (root_open + b"<title>Half")[:-2],
        "utf16_declared_utf8": b'<?xml version="1.0" encoding="UTF-16"?>' + root_open + root_close,
    }


def write(cls, method, seeds):
    d = OUT / (cls + "Inputs") / method
    d.mkdir(parents=True, exist_ok=True)
    for old in d.glob("seed_*"):
        old.unlink()
    for name, data in seeds.items():
        (d / ("seed_" + name)).write_bytes(data)
    print(f"{cls}/{method}: {len(seeds)} seeds, {sum(map(len, seeds.values()))} bytes")


def feed_seeds():
    s = {
        "rss_min": RSS,
        "rss_demo_northmere": first_items(site("northmere/vacancies.rss"), "item", 2),
        "atom_demo_lindeveen": first_items(site("lindeveen/vacatures.atom"), "entry", 2),
        "rss_demo_nyjobs": first_items(site("nyjobs/feed.xml"), "item", 1),
        "rss091_doctype": b'<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"'
                          b' "@MARKER_URL@"><rss version="0.91"><channel><title>t</title><link>https://council.example/'
                          b'</link><description>d</description><language>en</language><item><title>Porter</title>'
                          b'<link>https://council.example/p</link></item></channel></rss>',
        "rdf": b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
               b'xmlns="http://purl.org/rss/1.0/"><channel rdf:about="x"><title>t</title></channel>'
               b'<item rdf:about="https://council.example/1"><title>Clerk</title><link>https://council.example/1'
               b'</link></item></rdf:RDF>',
        "rss_unclosed": RSS.replace(b"</description>", b""),
        "rss_bad_amp": RSS.replace(b"Keep the", b"Keep & the"),
        "rss_latin1_as_utf8": RSS.replace(b"Gardener", "Jardinière".encode("latin-1")),
        "rss_empty_channel": b'<rss version="2.0"><channel></channel></rss>',
        "atom_no_ids": b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><title type="html">&lt;b&gt;Cook'
                       b'&lt;/b&gt;</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">x</div>'
                       b'</content></entry></feed>',
        "rss_gbase": b'<rss version="2.0" xmlns:g="http://base.google.com/ns/1.0"><channel><item><title>Nurse</title>'
                     b'<g:salary>30000-35000 GBP</g:salary><g:location>Ripon, GB</g:location><g:job_type>full-time'
                     b'</g:job_type><g:expiration_date>2026-13-45</g:expiration_date></item></channel></rss>',
    }
    for name in ["xmlbomb.xml", "quadratic.xml", "cyclic.xml", "external.xml", "external_file.xml", "dtd.xml"]:
        s["defusedxml_" + name.replace(".", "_")] = corpus("adversarial/xml/defusedxml/xmltestdata/" + name)
    s.update(hostile_xml(b'<rss version="2.0"><channel><item><title>', b"</title></item></channel></rss>"))
    return s


def jobxml_seeds():
    s = {
        "indeed_min": JOBXML,
        "indeed_demo_koivula": first_items(site("koivula/tyopaikat.xml"), "job", 2),
        "jobvite": corpus("jobfeeds/jobvite-xml/jdpace-jobviter/spec/fixtures/jobs.xml"),
        "hrxml_min": HRXML,
        "hrxml_no_ns": HRXML.replace(b' xmlns="http://www.hr-xml.org/3"', b""),
        "hrxml_empty_profile": b'<PositionOpening xmlns="http://www.hr-xml.org/3"><PositionProfile/></PositionOpening>',
        "indeed_no_ref": JOBXML.replace(b"<referencenumber>L-1</referencenumber>", b""),
        "indeed_empty_job": b"<source><job/><job><title/></job></source>",
        "indeed_bad_cdata": JOBXML.replace(b"]]></title>", b"</title>"),
        "indeed_huge_numbers": JOBXML.replace(b"2500 EUR", b"9" * 400 + b" EUR"),
    }
    s.update(hostile_xml(b"<source><job><title>", b"</title><referencenumber>1</referencenumber></job></source>"))
    s["hrxml_xxe"] = HRXML.replace(b"<PositionOpening", b'<!DOCTYPE p [<!ENTITY x SYSTEM "@MARKER_FILE@">]>'
                                   b"<PositionOpening").replace(b">Cleaner<", b">&x;<")
    return s


def page_seeds():
    s = {
        "jsonld_min": page(JSONLD),
        "demo_fjordby_jsonld": site("fjordby/job/byggesagsbehandler.html"),
        "demo_fjordby_index": site("fjordby/job/index.html"),
        "demo_northmere_page": site("northmere/vacancies/cleaner-thirsk-civic-offices.html"),
        "demo_koivula_page": site("koivula/tyopaikat/luokanopettaja.html"),
        "schemaorg_jsonld": corpus("jobposting/schemaorg/jobposting/eg-0283/jsonld.html"),
        "jsonld_comment_wrapped": page(b"<!--" + JSONLD + b"-->"),
        "jsonld_graph": page(b'{"@context":"https://schema.org","@graph":[' + JSONLD + b"," + JSONLD + b"]}"),
        "jsonld_truncated": page(JSONLD[:120]),
        "jsonld_deep": page(b"[" * 5000 + b"]" * 5000),
        "jsonld_wrong_types": page(b'{"@type":["JobPosting"],"title":{"x":1},"baseSalary":"lots","jobLocation":[1,null],'
                                   b'"datePosted":12,"hiringOrganization":[],"identifier":[{"value":null}]}'),
        "microdata": b'<html><body><div itemscope itemtype="https://schema.org/JobPosting"><h1 itemprop="title">'
                     b'Porter</h1><span itemprop="datePosted">2026-11-02</span><div itemprop="jobLocation" itemscope '
                     b'itemtype="https://schema.org/Place"><span itemprop="address">Ripon</span></div>'
                     b'<div itemprop="baseSalary" itemscope itemtype="https://schema.org/MonetaryAmount">'
                     b'<meta itemprop="currency" content="GBP"><meta itemprop="value" content="abc"></div></div>'
                     b"</body></html>",
        "microdata_cycle": b'<div itemscope itemtype="https://schema.org/JobPosting" id="a" itemref="a">'
                           b'<span itemprop="title">Loop</span><div itemprop="hiringOrganization" itemscope '
                           b'itemref="a"></div></div>',
        "html_xxe": b'<!DOCTYPE html [<!ENTITY x SYSTEM "@MARKER_FILE@">]><html><body>&x;<script '
                    b'type="application/ld+json">{"@type":"JobPosting","title":"&x;"}</script></body></html>',
        "html_charset_meta": b'<html><head><meta charset="shift_jis"></head><body>\x82\xa0</body></html>',
        "html_many_links": b"<html><body>" + b'<a href="/j/1">j</a>' * 300 + b"</body></html>",
    }
    for name in ["microdata.html"]:
        s["schemaorg_" + name.replace(".", "_")] = corpus("jobposting/schemaorg/jobposting/eg-0283/" + name)
    return s


def jsonld_seeds():
    s = {
        "min": JSONLD,
        "array": b"[" + JSONLD + b"," + JSONLD.replace(b"T-9", b"T-10") + b"]",
        "graph": b'{"@graph":[' + JSONLD + b"]}",
        "nested_itemlist": b'{"@type":"ItemList","itemListElement":[{"@type":"ListItem","item":' + JSONLD + b"}]}",
        "deep_arrays": b"[" * 20000 + b"]" * 20000,
        "deep_objects": b'{"a":' * 5000 + b"1" + b"}" * 5000,
        "wrong_types": b'{"@type":"JobPosting","title":[1,2],"validThrough":{},"baseSalary":{"value":"x"},'
                       b'"employmentType":7,"jobLocation":{"address":["Aarhus",{"addressCountry":5}]}}',
        "type_as_array": b'{"@type":["Thing","JobPosting"],"title":"Clerk","url":"javascript:alert(1)"}',
        "huge_number": b'{"@type":"JobPosting","title":"x","baseSalary":{"value":1e400}}',
        "bom_utf8": b"\xef\xbb\xbf" + JSONLD,
        "comments": b"/* job */" + JSONLD,
        "trailing_garbage": JSONLD + b"}}]",
        "null": b"null",
        "string": b'"JobPosting"',
    }
    for name in ["n_structure_open_array_object.json", "n_structure_lone-open-bracket.json",
                 "n_string_unescaped_ctrl_char.json", "y_object_duplicated_key.json",
                 "n_structure_unclosed_array.json", "i_string_UTF-16LE_with_BOM.json"]:
        p = CORPUS / "adversarial/json/JSONTestSuite/test_parsing" / name
        if p.exists() and p.stat().st_size < 70000:
            s["jsontestsuite_" + name.replace(".json", "")] = clean(p.read_bytes())
    return s


def push_seeds():
    return {"rss": RSS, "jobxml": JOBXML, "hrxml": HRXML, "jsonld": JSONLD, "page": page(JSONLD),
            "xxe_rss": hostile_xml(b"<rss><channel><item><title>", b"</title></item></channel></rss>")["xxe_file"],
            "html_as_xml": b'<?xml version="1.0"?><html><body><script type="application/ld+json">' + JSONLD
                           + b"</script></body></html>",
            "unknown_root": b"<vacancies><v>1</v></vacancies>", "text": b"hello", "nul": b"\x00",
            "utf16_json": "[]".encode("utf-16")}


if __name__ == "__main__":
    if not CORPUS.is_dir():
        sys.exit(f"test corpus not found at {CORPUS}")
    write("FeedParserFuzzTest", "feed", feed_seeds())
    write("JobXmlFuzzTest", "jobXml", jobxml_seeds())
    write("HtmlJobPostingFuzzTest", "page", page_seeds())
    write("HtmlJobPostingFuzzTest", "jsonLd", jsonld_seeds())
    write("CrawlerParseFuzzTest", "push", push_seeds())

#!/usr/bin/env python3
"""Generates skills.json, Candor's skill taxonomy, from the compact table in this file.

Run `python3 crates/candor-core/data/gen_skills.py` after editing DATA below; it rewrites
skills.json beside this script and exits non-zero on a duplicate name or alias, a dangling edge
or an unknown kind: the same checks `candor_core::skills` runs when it loads the file.

Sources. Every entry was written by hand for Candor from general public knowledge: the names of
programming languages, frameworks, products and cloud services as their vendors publish them;
the official names of licences, certifications and clearances as their issuing bodies publish
them (for example AWS, Microsoft, Google Cloud, CompTIA, ISC2, ISACA, PMI, AICPA, CFA
Institute, FINRA, NCSBN, the American Heart Association, FMCSA, OSHA, the National Restaurant
Association, NCCER and state licensing boards for the trades); and common occupational
vocabulary. The split into categories is loosely inspired by the occupational groupings of
O*NET and ESCO, but no O*NET or ESCO data was downloaded or copied. Edges (`broader`,
`related`, `implies`) are editorial judgements, meant for partial credit, not as an ontology.

Table format, one skill per line:

    @category key | Label          starts a category; the kind resets to `skill`
    @kind certification            sets the kind for the lines that follow
    Name | a: alias, alias | b: Broader, ... | r: Related, ... | i: Implied, ... | k: kind

`a:` aliases, `b:` broader skills, `r:` related skills (symmetric), `i:` credentials that
holding this one satisfies, `k:` the kind of this line only. Edge targets are canonical names.
A name or alias starting with `=` only matches free text in exactly that case ("Rust", not
"rust"); one starting with `!` must also stand as a list item ("Go, Rust", "C/C++").
"""

import json
import sys
from pathlib import Path

KINDS = ("skill", "licence", "certification", "clearance")


def tokens(text):
    """Mirrors `tokenize` in src/skills/tokenize.rs: the token keys a form is matched by."""
    out = []
    i, n = 0, len(text)

    def alnum(k):
        return 0 <= k < n and text[k].isalnum()

    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
        elif c in "/&":
            out.append(c)
            i += 1
        elif c == "-" and alnum(i - 1) and alnum(i + 1):
            i += 1
        elif c.isalnum() or (c == "." and alnum(i + 1) and not alnum(i - 1)):
            word = [c]
            i += 1
            while i < n:
                c = text[i]
                if c.isalnum():
                    word.append(c)
                elif c == "." and alnum(i + 1):
                    word.append(c)
                elif c in "'\u2019" and alnum(i - 1) and alnum(i + 1):
                    pass
                else:
                    break
                i += 1
            while i < n and text[i] == "+":
                word.append("+")
                i += 1
            if i < n and text[i] == "#":
                word.append("#")
                i += 1
            out.append("".join(word).lower())
        else:
            out.append(None)
            i += 1
    return out


def key(text):
    toks = tokens(text)
    if not toks or None in toks:
        raise ValueError(f"{text!r} has no tokens or punctuation a skill name cannot hold")
    return " ".join(toks)


def split_marked(items):
    """Strips the `=`/`!` markers, returning (plain items, cased forms, strict forms)."""
    plain, cased, strict = [], [], []
    for item in items:
        if item.startswith("="):
            item = item[1:]
            cased.append(item)
        elif item.startswith("!"):
            item = item[1:]
            strict.append(item)
        plain.append(item)
    return plain, cased, strict


def parse(text):
    categories = []
    kind = "skill"
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@category "):
            key_, label = (part.strip() for part in line[len("@category "):].split("|"))
            categories.append({"key": key_, "label": label, "skills": []})
            kind = "skill"
            continue
        if line.startswith("@kind "):
            kind = line.split()[1]
            assert kind in KINDS, f"line {lineno}: unknown kind {kind}"
            continue
        fields = [field.strip() for field in line.split("|")]
        names, cased, strict = split_marked([fields[0]])
        skill = {"name": names[0], "kind": kind, "aliases": [], "broader": [], "related": [],
                 "implies": [], "cased": cased, "strict": strict, "line": lineno}
        for field in fields[1:]:
            if not field:
                continue
            tag, _, value = field.partition(":")
            items = [item.strip() for item in value.split(",") if item.strip()]
            if tag == "a":
                aliases, c, s = split_marked(items)
                skill["aliases"] += aliases
                skill["cased"] += c
                skill["strict"] += s
            elif tag == "b":
                skill["broader"] += items
            elif tag == "r":
                skill["related"] += items
            elif tag == "i":
                skill["implies"] += items
            elif tag == "k":
                assert items[0] in KINDS, f"line {lineno}: unknown kind {items[0]}"
                skill["kind"] = items[0]
            else:
                raise SystemExit(f"line {lineno}: unknown field tag {tag!r} in {line!r}")
        categories[-1]["skills"].append(skill)
    return categories


def check(categories):
    errors = []
    by_name = {}
    surfaces = {}
    for category in categories:
        for skill in category["skills"]:
            for form in [skill["name"]] + skill["aliases"]:
                try:
                    k = key(form)
                except ValueError as error:
                    errors.append(f"line {skill['line']}: {error}")
                    continue
                if k in surfaces:
                    errors.append(f"line {skill['line']}: {form!r} collides with "
                                  f"{surfaces[k]!r}")
                surfaces[k] = skill["name"]
            by_name[skill["name"]] = skill
    for category in categories:
        for skill in category["skills"]:
            for edge in ("broader", "related", "implies"):
                for target in skill[edge]:
                    if target not in by_name:
                        errors.append(f"line {skill['line']}: {skill['name']} {edge} "
                                      f"{target!r} is not a skill name")
                    elif target == skill["name"]:
                        errors.append(f"line {skill['line']}: {target} points at itself")
    return errors


ABOUT = [
    "Candor's skill taxonomy. GENERATED by gen_skills.py from the table in that script: edit the",
    "script, not this file. Written by hand from public knowledge of technologies, products,",
    "official credential names and occupations; categories loosely inspired by O*NET and ESCO, no",
    "data copied from either. See the script's docstring for the sources and the format.",
    "Skill fields: name, kind (default skill), aliases, broader, related (symmetric), implies",
    "(credentials this one satisfies), cased (forms matched case-sensitively in free text),",
    "strict (cased and only as a list item).",
]


def emit(categories):
    """One skill per line, so a diff of the data reads like a diff of the table."""
    lines = ["{", '"version": 1,', '"about": ' + json.dumps(ABOUT, indent=1) + ",",
             '"categories": [']
    for n, category in enumerate(categories):
        head = {"key": category["key"], "label": category["label"]}
        lines.append(json.dumps(head)[:-1] + ', "skills": [')
        skills = []
        for skill in category["skills"]:
            entry = {"name": skill["name"]}
            if skill["kind"] != "skill":
                entry["kind"] = skill["kind"]
            for field in ("aliases", "broader", "related", "implies", "cased", "strict"):
                if skill[field]:
                    entry[field] = skill[field]
            skills.append(json.dumps(entry, ensure_ascii=False, separators=(",", ":")))
        lines.append(",\n".join(skills))
        lines.append("]}" + ("," if n + 1 < len(categories) else ""))
    lines.append("]}")
    return "\n".join(lines) + "\n"


def main():
    categories = parse(DATA)
    errors = check(categories)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        raise SystemExit(f"{len(errors)} errors; skills.json not written")
    out = Path(__file__).with_name("skills.json")
    out.write_text(emit(categories), encoding="utf-8")
    n_skills = sum(len(category["skills"]) for category in categories)
    print(f"wrote {out}: {n_skills} skills in {len(categories)} categories")


DATA = r"""
@category programming | Programming languages
Python | a: Python 3, Python3, Python 2 | b: Backend development, Scripting, Object-oriented programming | r: Data analysis
Java | a: Core Java, Java 8, Java 11, Java 17 | b: Backend development, Object-oriented programming | r: Kotlin
JavaScript | a: JS, ECMAScript, ES6, ES2015, vanilla JS, vanilla JavaScript | b: Frontend development, Web development | r: TypeScript
TypeScript | b: Frontend development, Web development | r: JavaScript
!C | a: ANSI C, C99, C11, C language, C programming | b: Systems programming | r: C++
C++ | a: cpp, CPlusPlus, C plus plus, C++11, C++14, C++17, C++20 | b: Systems programming, Object-oriented programming
C# | a: CSharp, C Sharp | b: Backend development, Object-oriented programming | r: .NET
!Go | a: Golang, Go language, Go lang | b: Backend development, Systems programming
=Rust | a: Rust lang, Rust language | b: Systems programming
!Ruby | a: Ruby language | b: Backend development, Scripting | r: Ruby on Rails
PHP | a: PHP 7, PHP 8 | b: Backend development, Web development
=Swift | a: Swift language, Swift 5 | b: iOS development
Kotlin | b: Android development, Backend development | r: Java
Objective-C | a: ObjC, Obj-C | b: iOS development | r: Swift
Scala | b: Backend development, Functional programming | r: Java, Apache Spark
!R | a: R programming, R language, R statistical software | b: Statistical analysis, Data analysis | r: Python
!Julia | a: Julia language, JuliaLang | b: Scientific computing
MATLAB | a: MATLAB programming | b: Scientific computing | r: Simulink
Perl | a: Perl scripting | b: Scripting
=Bash | a: Bash scripting, Bash scripts | b: Shell scripting
Shell scripting | a: shell scripts, shell script, Unix shell, shell programming, Zsh | b: Scripting | r: Linux
PowerShell | a: PowerShell scripting | b: Shell scripting | r: Microsoft Windows
Lua | b: Scripting
Haskell | b: Functional programming
Erlang | b: Functional programming | r: Elixir
=Elixir | b: Functional programming, Backend development
Clojure | a: ClojureScript | b: Functional programming | r: Java
F# | a: FSharp, F Sharp | b: Functional programming | r: .NET
OCaml | b: Functional programming
=Dart | a: Dart language | b: Mobile development | r: Flutter
=Groovy | b: Scripting | r: Java, Gradle
Visual Basic | a: VB, VB.NET, VB6, Visual Basic .NET | r: VBA
VBA | a: Visual Basic for Applications, Excel VBA, Excel macros, Access VBA | b: Scripting | r: Microsoft Excel, Visual Basic
Fortran | b: Scientific computing
COBOL | r: Mainframe
Assembly language | a: ASM, x86 assembly, ARM assembly, assembly programming, MIPS assembly | b: Systems programming, Embedded systems
!Pascal | a: Object Pascal | r: Delphi
=Delphi | a: Embarcadero Delphi | r: Pascal
Lisp | a: Common Lisp, Emacs Lisp | b: Functional programming
!Scheme | a: Scheme programming | b: Functional programming
=Racket | b: Functional programming
Prolog | b: Logic programming
Logic programming | r: Artificial intelligence
!Ada | a: Ada programming, Ada language | b: Embedded systems
=Zig | a: Zig language | b: Systems programming
Solidity | b: Blockchain development
Salesforce Apex | a: =Apex, Apex code | b: Salesforce
ABAP | a: SAP ABAP | r: SAP ERP
Smalltalk | b: Object-oriented programming
Tcl | a: Tcl/Tk | b: Scripting
AWK | a: gawk | b: Shell scripting
Verilog | a: SystemVerilog | b: Digital design | r: VHDL
VHDL | b: Digital design
CUDA | a: CUDA programming | b: GPU programming | r: C++
OpenCL | b: GPU programming
WebAssembly | a: Wasm | b: Web development | r: Rust
CoffeeScript | r: JavaScript
=Elm | a: Elm language | b: Functional programming, Frontend development
Hack language | a: HHVM | r: PHP
Crystal language | r: Ruby
LabVIEW | a: NI LabVIEW | r: Test automation
SQL | a: Structured Query Language, SQL queries, SQL programming | b: Relational databases | r: Data analysis
Object-oriented programming | a: OOP, object oriented design, OOD
Functional programming | a: functional languages
Systems programming | a: low-level programming, systems software
Scripting | a: scripting languages, automation scripting
Scientific computing | a: numerical computing, numerical methods, computational science
High-performance computing | a: HPC, supercomputing, parallel computing | r: Scientific computing
Concurrent programming | a: concurrency, multithreading, multi-threading, parallel programming, asynchronous programming | b: Software development
GPU programming | a: GPGPU, GPU computing | b: High-performance computing
Algorithms | a: algorithm design, algorithmic problem solving | r: Data structures
Data structures | a: data structures and algorithms, DSA | r: Algorithms
Design patterns | a: software design patterns, GoF design patterns, Gang of Four patterns | b: Software architecture
Regular expressions | a: regex, regexes, regexp | r: Scripting
Compilers | a: compiler design, compiler development, compiler construction | b: Systems programming
Embedded systems | a: embedded software, embedded C, embedded development, embedded programming | b: Systems programming
Firmware development | a: firmware, firmware engineering | b: Embedded systems
Real-time operating systems | a: RTOS, FreeRTOS, VxWorks | b: Embedded systems
Microcontrollers | a: MCU, MCUs, STM32, PIC microcontrollers, AVR | b: Embedded systems
Arduino | b: Microcontrollers
Raspberry Pi | b: Embedded systems
Digital design | a: digital logic design, FPGA, FPGAs, FPGA development, ASIC design, RTL design | b: Electrical engineering
Blockchain development | a: blockchain, smart contracts, Web3, Ethereum | b: Software development
Game development | a: game programming, gamedev, video game development | b: Software development | r: Game design
=Unity | a: Unity3D, Unity 3D, Unity engine | b: Game development | r: C#
Unreal Engine | a: UE4, UE5, Unreal Engine 5 | b: Game development | r: C++
Godot | a: Godot Engine | b: Game development
Mainframe | a: IBM mainframe, z/OS, mainframe systems | r: COBOL
JCL | a: Job Control Language | b: Mainframe
Linux kernel development | a: kernel development, device drivers, Linux device drivers, kernel programming | b: Systems programming, Linux

@category software_eng | Software engineering practices
Software development | a: software engineering, programming, application development, software programming, software design
Backend development | a: back-end development, backend, back-end, server-side development, backend engineering, server-side programming | b: Software development
Frontend development | a: front-end development, frontend, front-end, client-side development, frontend engineering, front-end engineering | b: Web development
Full-stack development | a: full-stack, fullstack, full-stack engineering, full-stack web development | b: Web development | r: Frontend development, Backend development
Web development | a: web dev, web programming, web application development, web applications, web apps | b: Software development
Mobile development | a: mobile app development, mobile applications, mobile apps, app development, mobile engineering | b: Software development
Desktop application development | a: desktop development, desktop apps, desktop applications | b: Software development
Software architecture | a: application architecture, solution architecture, solutions architecture | b: Software development
System design | a: systems design, distributed system design, large-scale system design | r: Software architecture, Distributed systems
Distributed systems | a: distributed computing | b: Backend development
Microservices | a: microservice architecture, microservices architecture, micro-services | b: Software architecture | r: Docker, Kubernetes
Event-driven architecture | a: event-driven systems, event sourcing, CQRS | b: Software architecture | r: Apache Kafka
Domain-driven design | a: DDD | b: Software architecture
Service-oriented architecture | a: SOA | b: Software architecture
Serverless | a: serverless architecture, serverless computing, FaaS | b: Cloud computing | r: AWS Lambda
API design | a: API development, APIs, API, web APIs, API integration, API integrations | b: Backend development
REST APIs | a: =REST, RESTful APIs, RESTful API, RESTful, REST API, RESTful services, RESTful web services | b: API design
GraphQL | b: API design | r: Apollo GraphQL
gRPC | b: API design | r: Protocol Buffers
Protocol Buffers | a: protobuf, protobufs
=SOAP | a: SOAP web services, SOAP APIs | b: API design
WebSockets | a: WebSocket, Socket.IO | b: Web development
OpenAPI | a: Swagger, OpenAPI Specification | b: API design
JSON | a: JSON Schema | r: REST APIs
XML | a: XSLT, XPath, XML Schema
YAML | r: JSON
Version control | a: source control, revision control, version control systems, VCS
Git | a: Git version control | b: Version control | r: GitHub
GitHub | b: Version control | r: Git
GitLab | b: Version control | r: Git
Bitbucket | b: Version control
Subversion | a: SVN | b: Version control
Mercurial | b: Version control
Perforce | a: Helix Core | b: Version control
Code review | a: code reviews, peer code review, pull request review | b: Software development
Software testing | a: software QA, QA testing, software quality assurance, QA engineering, quality engineering | b: Software development | r: Quality assurance
Unit testing | a: unit tests, unit test | b: Software testing
Integration testing | a: integration tests | b: Software testing
End-to-end testing | a: E2E testing, E2E tests, end-to-end tests | b: Software testing
Test automation | a: automated testing, automation testing, test automation frameworks, automated tests | b: Software testing
Test-driven development | a: TDD | b: Software testing
Behavior-driven development | a: BDD, behaviour-driven development | b: Software testing
Manual testing | a: manual QA, manual test execution | b: Software testing
Performance testing | a: load testing, stress testing | b: Software testing
Regression testing | a: regression tests | b: Software testing
API testing | a: API test automation | b: Software testing
Test planning | a: test plans, test cases, test case design, test strategy | b: Software testing
Bug tracking | a: defect tracking, bug reporting, defect management | b: Software testing
Selenium | a: Selenium WebDriver | b: Test automation
=Cypress | a: Cypress.io | b: Test automation | r: JavaScript
=Playwright | a: Microsoft Playwright | b: Test automation
=Jest | b: Unit testing | r: JavaScript
!Mocha | a: Mocha.js | b: Unit testing
!Jasmine | b: Unit testing
JUnit | a: JUnit 5 | b: Unit testing | r: Java
pytest | b: Unit testing | r: Python
TestNG | b: Unit testing | r: Java
NUnit | b: Unit testing | r: C#
xUnit | b: Unit testing
RSpec | b: Unit testing | r: Ruby
=Cucumber | a: Gherkin | b: Behavior-driven development
=Postman | a: Postman API | b: API testing | r: REST APIs
JMeter | a: Apache JMeter | b: Performance testing
Appium | b: Test automation | r: Mobile development
Agile | a: agile methodology, agile methodologies, agile development, agile software development, agile practices
Scrum | a: Scrum methodology, Scrum framework, sprint planning | b: Agile
Kanban | b: Agile | r: Lean manufacturing
Extreme programming | b: Agile
Pair programming | b: Agile
Waterfall | a: waterfall methodology, waterfall model | b: Project management
SAFe | a: Scaled Agile Framework, Scaled Agile | b: Agile
SDLC | a: software development life cycle, software development lifecycle | b: Software development
Refactoring | a: code refactoring | b: Software development
Debugging | a: code debugging | b: Software development
Static code analysis | a: static analysis, linting, code quality | b: Software development
Performance optimization | a: performance tuning, code optimization, application performance | b: Software development
Caching | a: cache design, caching strategies | b: Backend development | r: Redis
Message queues | a: message brokers, message queuing, messaging queues, pub/sub | b: Backend development | r: Apache Kafka
RabbitMQ | b: Message queues
ActiveMQ | a: Apache ActiveMQ | b: Message queues
Object-relational mapping | a: ORM, ORMs | b: Relational databases
Open source contribution | a: open source, open-source software, open source development | b: Software development
Technical debt management | a: technical debt, tech debt | b: Software development
Release management | a: release engineering, software releases | b: Software development
Low-code development | a: low-code, no-code, low-code platforms | b: Software development
Robotic process automation | a: RPA | r: Business process automation
UiPath | b: Robotic process automation
Blue Prism | b: Robotic process automation
Automation Anywhere | b: Robotic process automation
Business process automation | a: workflow automation, process automation | r: Robotic process automation
Zapier | b: Business process automation
Microsoft Power Automate | a: Power Automate, Microsoft Flow | b: Business process automation
Microsoft Power Apps | a: Power Apps, PowerApps | b: Low-code development
Microsoft Power Platform | a: Power Platform | r: Microsoft Power Apps, Power BI
Web scraping | a: web crawling, screen scraping, data scraping | r: Python
Localization | a: internationalization, i18n, l10n, software localization | b: Software development | r: Translation

@category web | Web development
HTML | a: HTML5, HTML 5 | b: Frontend development | r: CSS
CSS | a: CSS3, Cascading Style Sheets | b: Frontend development | r: HTML
=Sass | a: SCSS | b: CSS
Less CSS | b: CSS
Tailwind CSS | a: Tailwind, TailwindCSS | b: CSS
=Bootstrap | a: Twitter Bootstrap, Bootstrap CSS | b: CSS
Material UI | a: MUI, Material Design | b: React
=React | a: ReactJS, React.js, React JS, React Hooks | b: Frontend development, JavaScript | r: Redux, Next.js
React Native | a: ReactNative | b: Mobile development, React
Redux | a: Redux Toolkit | b: React
Next.js | a: NextJS, Next JS | b: React, Web development
=Angular | a: Angular 2+, Angular Material | b: Frontend development, TypeScript | r: AngularJS
AngularJS | a: Angular.js, Angular JS | b: Frontend development, JavaScript
Vue.js | a: Vue, VueJS, Vue JS, Vue 3, Vuex, Pinia | b: Frontend development, JavaScript | r: Nuxt.js
Nuxt.js | a: Nuxt, NuxtJS | b: Vue.js
Svelte | a: SvelteKit | b: Frontend development, JavaScript
Ember.js | a: =Ember, EmberJS | b: Frontend development, JavaScript
Backbone.js | a: BackboneJS | b: JavaScript
jQuery | b: JavaScript, Frontend development
Node.js | a: NodeJS, Node JS, =Node | b: Backend development, JavaScript | r: Express.js
Express.js | a: ExpressJS, !Express | b: Node.js
NestJS | a: Nest.js | b: Node.js, TypeScript
Deno | b: JavaScript | r: Node.js
Webpack | b: Frontend development | r: Vite
=Vite | a: Vite.js | b: Frontend development
=Babel | a: Babel.js | b: JavaScript
npm | a: Node Package Manager | b: Node.js
=Yarn | a: Yarn package manager | b: Node.js
=Gatsby | a: GatsbyJS, Gatsby.js | b: React
Django | a: Django REST Framework, DRF | b: Python, Backend development | r: Flask
=Flask | b: Python, Backend development | r: Django, FastAPI
FastAPI | b: Python, Backend development
Ruby on Rails | a: =Rails, RoR | b: Ruby, Backend development
Laravel | b: PHP, Backend development
Symfony | b: PHP, Backend development
CodeIgniter | b: PHP
WordPress | a: WordPress development | b: Content management systems | r: PHP
Drupal | b: Content management systems | r: PHP
Joomla | b: Content management systems
Content management systems | a: CMS, CMS platforms, content management
Headless CMS | a: Contentful, Strapi, Sanity CMS | b: Content management systems
Shopify | a: Shopify Plus, Liquid templates | b: E-commerce
Magento | a: Adobe Commerce | b: E-commerce
WooCommerce | b: E-commerce | r: WordPress
Spring Framework | a: !Spring, Spring MVC, Spring Cloud, Spring Security | b: Java, Backend development
Spring Boot | a: SpringBoot | b: Spring Framework
=Hibernate | a: Hibernate ORM, JPA, Java Persistence API | b: Java, Object-relational mapping
Java EE | a: J2EE, Jakarta EE, JEE | b: Java
JSP | a: JavaServer Pages, Servlets, Java Servlets | b: Java EE
Struts | a: Apache Struts | b: Java
Quarkus | b: Java
.NET | a: dotnet, .NET Core, .NET Framework, dot net, .NET 6, .NET 8 | b: Backend development | r: C#
ASP.NET | a: ASP.NET MVC, ASP.NET Core, ASP.NET Web API | b: .NET, Web development
Entity Framework | a: EF Core, Entity Framework Core | b: .NET, Object-relational mapping
Blazor | b: .NET, Frontend development
LINQ | b: .NET
Phoenix Framework | a: Phoenix LiveView | b: Elixir
Web accessibility | a: WCAG, a11y, accessibility testing, Section 508, web accessibility standards | b: Frontend development
Responsive web design | a: responsive design, mobile-first design, responsive layouts | b: Frontend development
Progressive web apps | a: PWA, PWAs | b: Web development
Single-page applications | a: =SPA, =SPAs, single page apps | b: Frontend development
Web performance | a: Core Web Vitals, web performance optimization, page speed optimization | b: Frontend development
Cross-browser compatibility | a: cross-browser testing | b: Frontend development
AJAX | b: JavaScript
Three.js | a: ThreeJS | b: JavaScript | r: WebGL
WebGL | b: Frontend development
D3.js | a: !D3, D3js | b: JavaScript, Data visualization
Chart.js | b: JavaScript, Data visualization
=Storybook | a: Storybook.js | b: Frontend development
Apollo GraphQL | a: =Apollo, Apollo Client, Apollo Server | b: GraphQL
=Electron | a: Electron.js, ElectronJS | b: Desktop application development
=Qt | a: Qt framework, Qt Creator, QML, PyQt | b: Desktop application development
WPF | a: Windows Presentation Foundation | b: Desktop application development, .NET
WinForms | a: Windows Forms | b: Desktop application development, .NET
Tkinter | b: Desktop application development, Python
Web servers | a: web server administration, web server configuration | b: Backend development
NGINX | b: Web servers
Apache HTTP Server | a: Apache httpd, httpd, Apache web server | b: Web servers
Tomcat | a: Apache Tomcat | b: Web servers, Java
IIS | a: Internet Information Services | b: Web servers
HAProxy | b: Load balancing
Browser extensions | a: Chrome extensions, browser extension development | b: Web development
SEO-friendly development | a: technical SEO | b: Web development | r: Search engine optimization
Web hosting | a: website hosting, cPanel, domain management | b: Web development

@category mobile | Mobile development
iOS development | a: iOS, iPhone development, iOS apps, iOS app development, iPad development | b: Mobile development | r: Swift
Android development | a: Android, Android apps, Android SDK, Android app development | b: Mobile development | r: Kotlin
SwiftUI | b: iOS development, Swift
UIKit | b: iOS development
Xcode | b: iOS development
=Core Data | b: iOS development
Android Studio | b: Android development
Jetpack Compose | b: Android development, Kotlin
Android Jetpack | a: Android Architecture Components, Room database | b: Android development
=Flutter | a: Flutter SDK | b: Mobile development, Dart
Xamarin | a: .NET MAUI, MAUI, Xamarin Forms | b: Mobile development, .NET
=Ionic | a: Ionic Framework | b: Mobile development
Cordova | a: Apache Cordova, PhoneGap | b: Mobile development
Kotlin Multiplatform | a: Kotlin Multiplatform Mobile | b: Kotlin, Mobile development
Expo React Native | a: Expo SDK | b: React Native
Firebase | a: Firebase Authentication, Cloud Firestore, Firestore, Firebase Realtime Database | b: Mobile development | r: Google Cloud Platform
App Store optimization | a: ASO, app store optimisation | b: Digital marketing
App Store deployment | a: App Store Connect, Google Play Console, app publishing, TestFlight | b: Mobile development
Mobile UI design | a: mobile design, mobile UX | b: UI design
Push notifications | a: push notification, Firebase Cloud Messaging, APNs | b: Mobile development
Mobile testing | a: mobile app testing, mobile QA | b: Software testing
Cross-platform development | a: cross-platform mobile development, cross-platform apps | b: Mobile development
Wearables development | a: watchOS, Wear OS, smartwatch apps | b: Mobile development
RxJava | a: RxKotlin, reactive programming | b: Android development
Square Retrofit | a: Retrofit2 | b: Android development
Dagger Hilt | a: Dagger 2, Hilt | b: Android development
Combine framework | a: Apple Combine | b: iOS development
ARKit | a: Apple ARKit, RealityKit | b: iOS development, Augmented reality development
Augmented reality development | a: augmented reality, AR development, AR/VR, virtual reality, VR development, XR development, mixed reality | b: Software development | r: Unity
Bluetooth Low Energy | a: BLE, Bluetooth LE, Core Bluetooth | b: Mobile development
In-app purchases | a: StoreKit, Google Play Billing | b: Mobile development
Mobile analytics | a: Firebase Analytics, Crashlytics | b: Mobile development
@category databases | Databases
Databases | a: database development, database programming, database management, database systems
Relational databases | a: RDBMS, relational database design, relational database management systems | b: Databases | r: SQL
NoSQL | a: NoSQL databases, non-relational databases, document databases | b: Databases
Database design | a: schema design, database modeling, database modelling, database schema design | b: Databases | r: Data modeling
Database administration | a: DBA, database administrator, database maintenance | b: Databases
Query optimization | a: SQL tuning, query tuning, SQL performance tuning, query performance tuning | b: SQL
Stored procedures | a: stored procedure, database triggers | b: SQL
PostgreSQL | a: Postgres, psql, pgsql, PostgresSQL, Postgre SQL | b: Relational databases | r: MySQL
MySQL | b: Relational databases | r: MariaDB
MariaDB | b: Relational databases
SQLite | b: Relational databases
Microsoft SQL Server | a: SQL Server, MSSQL, MS SQL, MS SQL Server, SQL Server Management Studio, SSMS | b: Relational databases | r: T-SQL
T-SQL | a: Transact-SQL, TSQL | b: SQL | r: Microsoft SQL Server
Oracle Database | a: Oracle DB, =Oracle, Oracle RDBMS, Oracle 19c, Oracle 12c | b: Relational databases | r: PL/SQL
PL/SQL | a: PLSQL | b: SQL | r: Oracle Database
IBM Db2 | a: DB2, IBM DB2 UDB | b: Relational databases
Sybase | a: SAP ASE | b: Relational databases
CockroachDB | b: Relational databases
Cloud Spanner | a: Google Cloud Spanner | b: Google Cloud Platform, Relational databases
DuckDB | b: Relational databases | r: Data analysis
ClickHouse | b: Data warehousing
Teradata | b: Data warehousing
MongoDB | a: Mongo, Mongo DB, Mongoose | b: NoSQL
Apache Cassandra | a: !Cassandra, CQL, ScyllaDB | b: NoSQL
Redis | a: Redis cache | b: NoSQL | r: Caching
Memcached | b: Caching
Full-text search | a: search engines, search engine development, search indexing | r: Elasticsearch
Elasticsearch | a: Elastic Search | b: Full-text search | r: ELK Stack
OpenSearch | b: Full-text search | r: Elasticsearch
Apache Solr | a: Solr | b: Full-text search
Apache Lucene | a: Lucene | b: Full-text search
Algolia | b: Full-text search
Couchbase | b: NoSQL
CouchDB | a: Apache CouchDB | b: NoSQL
Graph databases | a: graph database, graph DB | b: NoSQL
Neo4j | a: Cypher query language | b: Graph databases
Amazon Neptune | b: Graph databases, Amazon Web Services
HBase | a: Apache HBase | b: NoSQL | r: Apache Hadoop
Time-series databases | a: time series database, TSDB | b: Databases
InfluxDB | b: Time-series databases
TimescaleDB | b: Time-series databases | r: PostgreSQL
Microsoft Access | a: MS Access, !Access | b: Databases | r: Microsoft Office
FileMaker | a: FileMaker Pro, Claris FileMaker | b: Databases
Vector databases | a: vector database, vector DB, vector search | b: Databases | r: Retrieval-augmented generation
=Pinecone | a: Pinecone vector database | b: Vector databases
pgvector | b: Vector databases, PostgreSQL
Milvus | b: Vector databases
Weaviate | b: Vector databases
Qdrant | b: Vector databases
Chroma vector database | a: ChromaDB | b: Vector databases
Prisma | a: Prisma ORM | b: Object-relational mapping
SQLAlchemy | b: Object-relational mapping, Python
Sequelize | b: Object-relational mapping, Node.js
Liquibase | b: Database migrations
Flyway | b: Database migrations
Database migrations | a: schema migrations, database migration, data migration | b: Database administration
Database replication | a: sharding, database sharding | b: Database administration
Database performance tuning | a: database tuning, database optimization, indexing strategies | b: Database administration | r: Query optimization
Firebird | a: Firebird SQL | b: Relational databases

@category data | Data engineering and analytics
Data analysis | a: data analytics, analytics, analyzing data, data analyses, analytical reporting
Statistical analysis | a: statistics, statistical modeling, statistical methods, applied statistics, statistical modelling | r: Data analysis
Data science | a: data science methods | r: Machine learning, Statistical analysis
Data visualization | a: data viz, dataviz, data visualisation, visual analytics | b: Data analysis | r: Tableau
Business intelligence | a: =BI, BI reporting, BI tools, business intelligence reporting | b: Data analysis
Dashboards | a: dashboard development, KPI dashboards, dashboarding, dashboard design, reporting dashboards | b: Business intelligence
Tableau | a: Tableau Desktop, Tableau Server, Tableau Prep | b: Data visualization, Business intelligence
Power BI | a: PowerBI, Microsoft Power BI, Power Query, Power Pivot | b: Data visualization, Business intelligence | r: DAX
DAX | a: Data Analysis Expressions | b: Power BI
=Looker | a: LookML | b: Business intelligence
Looker Studio | a: Google Data Studio, Data Studio | b: Data visualization
Qlik | a: QlikView, Qlik Sense | b: Business intelligence
MicroStrategy | b: Business intelligence
Apache Superset | b: Business intelligence
Metabase | b: Business intelligence
SAS | a: SAS programming, Base SAS, SAS Enterprise Guide | b: Statistical analysis
SPSS | a: IBM SPSS, SPSS Statistics | b: Statistical analysis
Stata | b: Statistical analysis
Minitab | b: Statistical analysis | r: Six Sigma
RStudio | a: R Markdown, R Shiny | b: R
tidyverse | a: dplyr, ggplot2 | b: R
pandas | a: Python pandas | b: Python, Data analysis
NumPy | b: Python, Scientific computing
SciPy | b: Python, Scientific computing
Matplotlib | b: Python, Data visualization
Seaborn | b: Python, Data visualization
Plotly | a: Plotly Dash | b: Data visualization
Polars | b: Python, Data analysis
Jupyter | a: Jupyter Notebook, Jupyter notebooks, JupyterLab, IPython | r: Python
Streamlit | b: Python, Data visualization
Data cleaning | a: data cleansing, data wrangling, data preparation, data munging, data scrubbing | b: Data analysis
Exploratory data analysis | a: EDA | b: Data analysis
A/B testing | a: AB testing, split testing, A/B tests, online experiments | b: Statistical analysis | r: Conversion rate optimization
Hypothesis testing | a: significance testing, statistical inference | b: Statistical analysis
Regression analysis | a: linear regression, multiple regression, regression modeling | b: Statistical analysis
Time series analysis | a: time series forecasting, time series modeling, ARIMA | b: Statistical analysis
Bayesian statistics | a: Bayesian inference, Bayesian analysis, Bayesian modeling | b: Statistical analysis
Econometrics | a: econometric modeling | b: Statistical analysis
Causal inference | a: causal analysis, difference-in-differences | b: Statistical analysis
Survey design | a: survey research, questionnaire design, survey analysis | r: Statistical analysis
Quantitative analysis | a: quantitative research, quant analysis, quantitative methods | b: Statistical analysis
Qualitative research | a: qualitative analysis, qualitative methods, focus groups | r: User research
Operations research | a: mathematical optimization, linear programming, optimization modeling, mixed-integer programming | r: Statistical analysis
Predictive analytics | a: predictive modeling, predictive modelling | b: Data analysis | r: Machine learning
Product analytics | a: product metrics, funnel analysis, cohort analysis | b: Data analysis
Mixpanel | b: Product analytics
=Amplitude | a: Amplitude Analytics | b: Product analytics
Data mining | a: pattern mining | r: Machine learning
Data storytelling | a: data-driven storytelling | b: Data visualization
Data engineering | a: data pipelines, data pipeline development, data infrastructure | r: ETL
ETL | a: extract transform load, ETL pipelines, ELT, ETL development, ETL processes | b: Data engineering
Data warehousing | a: data warehouse, data warehouses, DWH, EDW, enterprise data warehouse | b: Data engineering
Data lakes | a: data lake, lakehouse, data lakehouse, Delta Lake | b: Data engineering
Data modeling | a: data modelling, logical data modeling, conceptual data modeling | r: Database design
Dimensional modeling | a: star schema, Kimball methodology, snowflake schema, dimensional modelling | b: Data warehousing, Data modeling
Big data | a: big data technologies, big data analytics, big data processing | r: Apache Hadoop
Apache Hadoop | a: Hadoop, HDFS, MapReduce, Hadoop ecosystem | b: Big data
Apache Spark | a: =Spark, Spark SQL, Spark Streaming | b: Big data, Data engineering | r: Scala
PySpark | b: Apache Spark, Python
Apache Kafka | a: Kafka, Kafka Streams, Confluent Kafka | b: Data engineering
Apache Flink | a: Flink | b: Data engineering
Apache Hive | a: =Hive, HiveQL | b: Big data
Apache Pig | b: Big data
Apache Airflow | a: =Airflow, Airflow DAGs | b: Data engineering
Apache Beam | b: Data engineering
Apache NiFi | a: NiFi | b: Data engineering
Dagster | b: Data engineering
=Prefect | b: Data engineering
Presto | a: Trino, PrestoDB | b: Big data
dbt | a: data build tool, dbt Core, dbt Cloud | b: Data engineering, SQL
=Snowflake | a: Snowflake Data Cloud, Snowflake SQL | b: Data warehousing, Cloud computing
Databricks | a: Databricks Lakehouse | b: Apache Spark, Data engineering
Fivetran | b: ETL
Informatica | a: Informatica PowerCenter, Informatica Cloud | b: ETL
Talend | b: ETL
SSIS | a: SQL Server Integration Services | b: ETL, Microsoft SQL Server
SSRS | a: SQL Server Reporting Services | b: Business intelligence, Microsoft SQL Server
SSAS | a: SQL Server Analysis Services, OLAP cubes, OLAP | b: Business intelligence
Crystal Reports | b: Business intelligence
Alteryx | b: Data analysis
KNIME | b: Data analysis
Data governance | a: data stewardship, data governance frameworks | r: Data quality
Data quality | a: data quality management, data validation, data integrity | r: Data governance
Master data management | a: master data | b: Data governance
Metadata management | a: data catalog, data catalogs, data lineage | b: Data governance
Stream processing | a: real-time data processing, streaming data, event streaming | b: Data engineering | r: Apache Kafka
Data integration | a: data integrations, data integration pipelines | b: Data engineering
Geographic information systems | a: GIS, geospatial analysis, GIS mapping, spatial analysis | r: ArcGIS
ArcGIS | a: Esri ArcGIS, ArcMap, ArcGIS Pro | b: Geographic information systems
QGIS | b: Geographic information systems
Google Analytics | a: GA4, Universal Analytics, Google Analytics 4 | b: Web analytics
Web analytics | a: website analytics, digital analytics, traffic analysis | b: Data analysis | r: Digital marketing
Adobe Analytics | a: Omniture, SiteCatalyst | b: Web analytics
Google Tag Manager | a: Google Tag Manager container | b: Web analytics
Excel data analysis | a: Excel analytics, Excel reporting | b: Data analysis, Microsoft Excel
Data entry and validation | a: data verification, data auditing | b: Data quality
KPI reporting | a: KPI tracking, metrics reporting, performance reporting, KPIs | b: Business intelligence
Financial data analysis | a: financial analytics | b: Data analysis | r: Financial analysis
Market research analysis | a: market data analysis | b: Data analysis | r: Market research
Data annotation | a: data labeling, data labelling | r: Machine learning

@category ml_ai | Machine learning and AI
Machine learning | a: =ML, machine learning models, statistical learning, ML models, ML engineering | b: Artificial intelligence | r: Data science
Artificial intelligence | a: =AI, AI development, AI/ML | r: Machine learning
Deep learning | a: deep neural networks, DNN | b: Machine learning | r: Neural networks
Neural networks | a: artificial neural networks, neural nets | b: Machine learning
Natural language processing | a: NLP, computational linguistics, text mining, text analytics, text classification | b: Machine learning
Computer vision | a: image recognition, machine vision, visual recognition | b: Machine learning
Image processing | a: digital image processing, signal and image processing | r: Computer vision
Large language models | a: LLM, LLMs, large language model, foundation models | b: Natural language processing, Generative AI
Generative AI | a: GenAI, gen AI, generative artificial intelligence | b: Artificial intelligence
Prompt engineering | a: prompt design | b: Generative AI
Retrieval-augmented generation | a: =RAG, RAG pipelines | b: Large language models
Model fine-tuning | a: LLM fine-tuning, fine-tuning LLMs, LoRA, PEFT, transfer learning | b: Deep learning
AI agents | a: agentic AI, LLM agents, autonomous agents, tool calling | b: Large language models
LangChain | b: Large language models
LlamaIndex | b: Large language models
Hugging Face | a: HuggingFace, Hugging Face Transformers | b: Natural language processing
OpenAI API | a: OpenAI, GPT-4, GPT API, ChatGPT API | b: Large language models
ChatGPT | a: Claude AI, Google Gemini, Microsoft Copilot, AI assistants | b: Generative AI
GitHub Copilot | a: AI pair programming, Cursor AI | b: Generative AI
Transformer models | a: transformer architecture, transformers architecture, attention mechanisms | b: Deep learning
=BERT | a: RoBERTa, DistilBERT | b: Transformer models
Embeddings | a: word embeddings, text embeddings, vector embeddings, sentence embeddings, Word2Vec | b: Natural language processing
Reinforcement learning | a: deep reinforcement learning, RLHF | b: Machine learning
Supervised learning | a: classification models | b: Machine learning
Unsupervised learning | a: clustering, k-means, dimensionality reduction | b: Machine learning
Recommender systems | a: recommendation systems, recommendation engines, recommendation engine, collaborative filtering | b: Machine learning
Feature engineering | a: feature selection, feature extraction | b: Machine learning
Model deployment | a: model serving, ML deployment, model inference, inference optimization | b: MLOps
MLOps | a: ML Ops, machine learning operations, ML pipelines | b: Machine learning | r: DevOps
Anomaly detection | a: outlier detection, fraud detection models | b: Machine learning
Speech recognition | a: ASR, automatic speech recognition, speech-to-text | b: Machine learning
Text-to-speech | a: TTS, speech synthesis | b: Machine learning
Optical character recognition | a: OCR, document AI, Tesseract | b: Computer vision
Object detection | a: YOLO object detection, object tracking | b: Computer vision
Image segmentation | a: semantic segmentation, instance segmentation | b: Computer vision
TensorFlow | a: TensorFlow 2, TensorFlow Lite, TFLite | b: Deep learning, Python | r: Keras
PyTorch | a: PyTorch Lightning, torchvision | b: Deep learning, Python
Keras | b: Deep learning | r: TensorFlow
scikit-learn | a: sklearn, scikit | b: Machine learning, Python
XGBoost | b: Gradient boosting
LightGBM | b: Gradient boosting
CatBoost | b: Gradient boosting
=JAX | a: Google JAX | b: Deep learning
OpenCV | a: Open CV | b: Computer vision
spaCy | b: Natural language processing
NLTK | a: Natural Language Toolkit | b: Natural language processing
Gensim | b: Natural language processing
MLflow | b: MLOps
Kubeflow | b: MLOps | r: Kubernetes
Weights & Biases | a: W&B, wandb | b: MLOps
ONNX | a: ONNX Runtime | b: Model deployment
Decision trees | a: decision tree | b: Supervised learning
Random forest | a: random forests | b: Supervised learning
Gradient boosting | a: gradient boosted trees | b: Supervised learning
Support vector machines | a: SVM, SVMs | b: Supervised learning
Logistic regression | b: Supervised learning
Convolutional neural networks | a: !CNN, CNNs, ConvNets, ConvNet | b: Neural networks, Computer vision
Recurrent neural networks | a: RNN, RNNs, LSTM, LSTMs, GRU | b: Neural networks
Generative adversarial networks | a: GAN, GANs | b: Deep learning
Diffusion models | a: Stable Diffusion, image generation | b: Generative AI
Knowledge graphs | a: knowledge graph, ontologies, ontology engineering, semantic web, RDF, SPARQL | r: Graph databases
Information retrieval | a: search ranking, learning to rank, semantic search, relevance ranking | r: Full-text search
Chatbot development | a: chatbots, chatbot, conversational AI, Dialogflow, Rasa | r: Natural language processing
Sentiment analysis | a: opinion mining | b: Natural language processing
Named entity recognition | a: NER, entity extraction | b: Natural language processing
Machine translation | a: neural machine translation | b: Natural language processing
Responsible AI | a: AI ethics, AI governance, fairness in machine learning, model explainability, explainable AI, XAI | b: Artificial intelligence
Robotics | a: robot programming, robotic systems, robotics engineering | r: Computer vision
ROS | a: Robot Operating System, ROS2 | b: Robotics
Autonomous systems | a: autonomous vehicles, self-driving cars, sensor fusion | b: Robotics
Model evaluation | a: model validation, cross-validation, model metrics | b: Machine learning
Hyperparameter tuning | a: hyperparameter optimization, hyperparameter search | b: Machine learning
Time series forecasting models | a: forecasting models | b: Machine learning | r: Time series analysis
Edge AI | a: TinyML, on-device machine learning, on-device ML | b: Machine learning | r: Embedded systems
Distributed training | a: multi-GPU training, DeepSpeed, model parallelism | b: Deep learning | r: High-performance computing
Graph neural networks | a: GNN, GNNs | b: Neural networks
Evaluation of LLMs | a: LLM evaluation, LLM evals | b: Large language models
Vector search engineering | a: approximate nearest neighbor search, ANN search, FAISS | b: Information retrieval | r: Vector databases
@category cloud | Cloud platforms
Cloud computing | a: cloud, cloud services, cloud infrastructure, cloud platforms, cloud technologies | r: DevOps
Amazon Web Services | a: AWS, Amazon AWS, AWS cloud | b: Cloud computing | r: Microsoft Azure, Google Cloud Platform
Microsoft Azure | a: Azure, MS Azure, Azure cloud | b: Cloud computing
Google Cloud Platform | a: GCP, Google Cloud | b: Cloud computing
Oracle Cloud Infrastructure | a: OCI, Oracle Cloud | b: Cloud computing
IBM Cloud | b: Cloud computing
Alibaba Cloud | a: Aliyun | b: Cloud computing
DigitalOcean | a: Digital Ocean | b: Cloud computing
Heroku | b: Cloud computing
Vercel | b: Cloud computing | r: Next.js
Netlify | b: Cloud computing
Cloudflare | a: Cloudflare Workers | b: Cloud computing | r: Content delivery networks
Content delivery networks | a: CDN, CDNs, Akamai | b: Computer networking
Amazon EC2 | a: EC2, AWS EC2 | b: Amazon Web Services
Amazon S3 | a: S3, AWS S3 | b: Amazon Web Services
AWS Lambda | a: Lambda functions, Lambda function | b: Amazon Web Services, Serverless
Amazon RDS | a: RDS, AWS RDS | b: Amazon Web Services, Relational databases
Amazon Aurora | a: Aurora MySQL, Aurora PostgreSQL | b: Amazon RDS
Amazon DynamoDB | a: DynamoDB | b: Amazon Web Services, NoSQL
Amazon Redshift | a: =Redshift, Redshift Spectrum | b: Amazon Web Services, Data warehousing
Amazon ECS | a: ECS, Elastic Container Service | b: Amazon Web Services, Container orchestration
Amazon EKS | a: EKS, Elastic Kubernetes Service | b: Amazon Web Services, Kubernetes
AWS Fargate | a: Fargate | b: Amazon ECS
Amazon ECR | a: ECR, Elastic Container Registry | b: Amazon Web Services
Amazon SQS | a: SQS | b: Amazon Web Services, Message queues
Amazon SNS | a: SNS | b: Amazon Web Services
Amazon EventBridge | a: EventBridge, CloudWatch Events | b: Amazon Web Services
Amazon Kinesis | a: Kinesis, Kinesis Data Streams | b: Amazon Web Services, Stream processing
AWS Glue | b: Amazon Web Services, ETL
Amazon Athena | a: AWS Athena | b: Amazon Web Services
Amazon EMR | a: Elastic MapReduce, AWS EMR | b: Amazon Web Services, Big data
AWS CloudFormation | a: CloudFormation | b: Amazon Web Services, Infrastructure as code
AWS CDK | a: Cloud Development Kit, CDK | b: Amazon Web Services, Infrastructure as code
AWS IAM | a: AWS Identity and Access Management, IAM roles, IAM policies | b: Amazon Web Services, Identity and access management
Amazon CloudWatch | a: CloudWatch | b: Amazon Web Services, Monitoring
Amazon VPC | a: AWS VPC, Virtual Private Cloud, VPC | b: Amazon Web Services, Cloud networking
Amazon Route 53 | a: Route 53, Route53 | b: Amazon Web Services, DNS
Amazon CloudFront | a: CloudFront | b: Amazon Web Services, Content delivery networks
Amazon API Gateway | a: AWS API Gateway | b: Amazon Web Services, API design
AWS Step Functions | a: Step Functions | b: Amazon Web Services, Serverless
Amazon SageMaker | a: SageMaker, AWS SageMaker | b: Amazon Web Services, MLOps
Amazon Bedrock | a: AWS Bedrock | b: Amazon Web Services, Generative AI
AWS Elastic Beanstalk | a: Elastic Beanstalk | b: Amazon Web Services
Amazon ElastiCache | a: ElastiCache | b: Amazon Web Services, Caching
Amazon Cognito | a: Cognito, AWS Cognito | b: Amazon Web Services, Identity and access management
Amazon Lightsail | a: Lightsail | b: Amazon Web Services
AWS Systems Manager | a: SSM, AWS SSM | b: Amazon Web Services
AWS Organizations | a: AWS Control Tower, AWS landing zone | b: Amazon Web Services, Cloud architecture
Azure DevOps | a: VSTS, TFS, Team Foundation Server, Azure Pipelines, Azure Repos | b: Microsoft Azure, CI/CD
Azure Functions | b: Microsoft Azure, Serverless
Azure Kubernetes Service | a: AKS | b: Microsoft Azure, Kubernetes
Microsoft Entra ID | a: Azure Active Directory, Azure AD, Entra ID, AAD | b: Microsoft Azure, Identity and access management | r: Active Directory
Azure SQL Database | a: Azure SQL, Azure SQL Managed Instance | b: Microsoft Azure, Microsoft SQL Server
Azure Cosmos DB | a: Cosmos DB, CosmosDB | b: Microsoft Azure, NoSQL
Azure Data Factory | a: ADF | b: Microsoft Azure, ETL
Azure Synapse Analytics | a: Azure Synapse, Synapse Analytics | b: Microsoft Azure, Data warehousing
Azure Databricks | b: Microsoft Azure, Databricks
Azure Blob Storage | a: Blob Storage, Azure Storage, Azure Data Lake Storage | b: Microsoft Azure
Azure App Service | a: Azure Web Apps | b: Microsoft Azure
Azure Machine Learning | a: Azure ML | b: Microsoft Azure, MLOps
Azure Virtual Machines | a: Azure VMs | b: Microsoft Azure
Azure Logic Apps | a: Logic Apps | b: Microsoft Azure, Business process automation
Azure Monitor | a: Application Insights, Log Analytics | b: Microsoft Azure, Monitoring
Azure Service Bus | b: Microsoft Azure, Message queues
Azure Event Hubs | a: Event Hubs | b: Microsoft Azure, Stream processing
Azure OpenAI | a: Azure OpenAI Service | b: Microsoft Azure, Large language models
Microsoft Fabric | a: Fabric Data Factory | b: Microsoft Azure, Data engineering
Azure Bicep | a: Bicep | b: Infrastructure as code, Microsoft Azure
ARM templates | a: Azure Resource Manager templates, Azure Resource Manager | b: Infrastructure as code, Microsoft Azure
Google BigQuery | a: BigQuery | b: Google Cloud Platform, Data warehousing
Google Kubernetes Engine | a: GKE | b: Google Cloud Platform, Kubernetes
Google Cloud Functions | a: Cloud Functions | b: Google Cloud Platform, Serverless
Google Cloud Run | a: Cloud Run | b: Google Cloud Platform, Serverless
Google Compute Engine | a: Compute Engine | b: Google Cloud Platform
Google Cloud Storage | a: GCS | b: Google Cloud Platform
Google Cloud Pub/Sub | a: Google Pub/Sub, Cloud Pub/Sub | b: Google Cloud Platform, Message queues
Google Cloud Dataflow | a: Cloud Dataflow | b: Google Cloud Platform, Apache Beam
Google Cloud Dataproc | a: Dataproc | b: Google Cloud Platform, Apache Spark
Vertex AI | a: Google Vertex AI, Google AI Platform | b: Google Cloud Platform, MLOps
Google App Engine | a: App Engine | b: Google Cloud Platform
Google Cloud SQL | a: Cloud SQL | b: Google Cloud Platform, Relational databases
Cloud architecture | a: cloud solutions architecture, cloud design, cloud-native architecture, cloud native | b: Cloud computing | r: Software architecture
Cloud migration | a: cloud migrations, lift and shift, migration to the cloud | b: Cloud computing
Cloud security | a: cloud security posture management, CSPM | b: Cloud computing, Information security
Cloud networking | a: cloud network architecture | b: Cloud computing, Computer networking
Multi-cloud | a: multicloud, hybrid cloud, hybrid cloud architecture | b: Cloud computing
FinOps | a: cloud cost optimization, cloud cost management | b: Cloud computing
OpenStack | b: Cloud computing
Virtualization | a: virtualisation, virtual machines, VMs, hypervisors, server virtualization | r: Cloud computing
VMware | a: VMware vSphere, vSphere, ESXi, vCenter, VMware Workstation | b: Virtualization
Hyper-V | a: Microsoft Hyper-V | b: Virtualization
Proxmox | a: Proxmox VE | b: Virtualization
KVM | a: QEMU, KVM virtualization | b: Virtualization
Citrix | a: Citrix XenApp, Citrix Virtual Apps, Citrix XenDesktop, XenServer | b: Virtualization
Virtual desktop infrastructure | a: VDI, Azure Virtual Desktop, VMware Horizon | b: Virtualization

@kind certification
AWS Certified Cloud Practitioner | a: AWS Cloud Practitioner, CLF-C02 | b: Amazon Web Services
AWS Certified Solutions Architect Associate | a: AWS Solutions Architect Associate, AWS SAA, SAA-C03, AWS Certified Solutions Architect | b: Amazon Web Services
AWS Certified Solutions Architect Professional | a: AWS Solutions Architect Professional, SAP-C02 | b: Amazon Web Services | i: AWS Certified Solutions Architect Associate
AWS Certified Developer Associate | a: AWS Developer Associate, AWS Certified Developer | b: Amazon Web Services
AWS Certified SysOps Administrator Associate | a: AWS SysOps Administrator, AWS SysOps Administrator Associate, AWS SysOps | b: Amazon Web Services
AWS Certified DevOps Engineer Professional | a: AWS DevOps Engineer Professional, AWS DevOps Professional | b: Amazon Web Services, DevOps
AWS Certified Security Specialty | a: AWS Security Specialty | b: Amazon Web Services, Cloud security
AWS Certified Machine Learning Specialty | a: AWS Machine Learning Specialty, AWS ML Specialty | b: Amazon Web Services, Machine learning
AWS Certified Data Engineer Associate | a: AWS Data Engineer Associate | b: Amazon Web Services, Data engineering
AWS Certified Advanced Networking Specialty | a: AWS Advanced Networking | b: Amazon Web Services, Cloud networking
Azure Fundamentals | a: AZ-900, Microsoft Azure Fundamentals, Microsoft Certified Azure Fundamentals | b: Microsoft Azure
Azure Administrator Associate | a: AZ-104, Microsoft Certified Azure Administrator, Azure Administrator certification | b: Microsoft Azure
Azure Developer Associate | a: AZ-204, Microsoft Certified Azure Developer | b: Microsoft Azure
Azure Solutions Architect Expert | a: AZ-305, AZ-303, Microsoft Certified Azure Solutions Architect | b: Microsoft Azure | i: Azure Administrator Associate
Azure Security Engineer Associate | a: AZ-500 | b: Microsoft Azure, Cloud security
Azure Data Engineer Associate | a: DP-203 | b: Microsoft Azure, Data engineering
Azure Data Scientist Associate | a: DP-100 | b: Microsoft Azure, Machine learning
Azure AI Engineer Associate | a: AI-102 | b: Microsoft Azure, Artificial intelligence
Azure DevOps Engineer Expert | a: AZ-400 | b: Microsoft Azure, DevOps
Google Cloud Associate Cloud Engineer | a: GCP Associate Cloud Engineer, Associate Cloud Engineer | b: Google Cloud Platform
Google Cloud Professional Cloud Architect | a: GCP Professional Cloud Architect, Professional Cloud Architect | b: Google Cloud Platform
Google Cloud Professional Data Engineer | a: GCP Professional Data Engineer, Professional Data Engineer | b: Google Cloud Platform, Data engineering
Google Cloud Professional Cloud DevOps Engineer | a: Professional Cloud DevOps Engineer | b: Google Cloud Platform, DevOps
Certified Kubernetes Administrator | a: CKA | b: Kubernetes
Certified Kubernetes Application Developer | a: CKAD | b: Kubernetes
Certified Kubernetes Security Specialist | a: CKS | b: Kubernetes, Cloud security
HashiCorp Certified Terraform Associate | a: Terraform Associate, Terraform certification | b: Terraform
Red Hat Certified System Administrator | a: RHCSA | b: Red Hat Enterprise Linux
Red Hat Certified Engineer | a: RHCE | b: Red Hat Enterprise Linux | i: Red Hat Certified System Administrator
Linux Professional Institute Certification | a: LPIC, LPIC-1, LPIC-2 | b: Linux
Oracle Certified Professional Java Programmer | a: OCPJP, Oracle Certified Java Programmer, OCP Java, Oracle Java certification | b: Java
Salesforce Certified Administrator | a: Salesforce Administrator certification, Salesforce Admin certification, Salesforce Certified Admin | b: Salesforce
Salesforce Certified Platform Developer | a: Salesforce Platform Developer I, Salesforce Platform Developer | b: Salesforce
Snowflake SnowPro Core | a: SnowPro, SnowPro Core certification | b: Snowflake
Databricks Certified Data Engineer | a: Databricks certification | b: Databricks
TensorFlow Developer Certificate | a: TensorFlow certification | b: TensorFlow

@category devops | DevOps and infrastructure
DevOps | a: Dev Ops, DevOps practices, DevOps engineering | r: Cloud computing
DevSecOps | b: DevOps, Information security
Site reliability engineering | a: SRE, site reliability | b: DevOps
CI/CD | a: CICD, CI-CD, continuous integration, continuous delivery, continuous deployment, CI/CD pipelines, build pipelines, deployment pipelines | b: DevOps
!Jenkins | a: Jenkins CI, Jenkins pipelines, Jenkinsfile | b: CI/CD
GitHub Actions | b: CI/CD, GitHub
GitLab CI | a: GitLab CI/CD, GitLab pipelines | b: CI/CD, GitLab
CircleCI | a: Circle CI | b: CI/CD
Travis CI | a: TravisCI | b: CI/CD
TeamCity | b: CI/CD
Atlassian Bamboo | a: Bamboo CI | b: CI/CD
Argo CD | a: ArgoCD, Argo Workflows | b: GitOps, Kubernetes
GitOps | a: Flux CD, FluxCD | b: DevOps
Spinnaker | b: CI/CD
Octopus Deploy | b: CI/CD
Containerization | a: containerisation, container technology, containerized applications | b: DevOps | r: Docker
Docker | a: Docker containers, Dockerfile, Dockerfiles, Docker images | b: Containerization | r: Kubernetes
Docker Compose | a: docker-compose file | b: Docker
Podman | b: Containerization
containerd | a: CRI-O | b: Containerization
Kubernetes | a: k8s, kube, Kubernetes clusters, kubectl | b: Container orchestration | r: Docker, Helm
Container orchestration | b: Containerization, DevOps
=Helm | a: Helm charts, Helm chart | b: Kubernetes
OpenShift | a: Red Hat OpenShift, OpenShift Container Platform | b: Kubernetes
Docker Swarm | b: Container orchestration
=Rancher | a: Rancher Kubernetes | b: Kubernetes
Kustomize | b: Kubernetes
Istio | b: Service mesh
Service mesh | b: Microservices | r: Kubernetes
Linkerd | b: Service mesh
=Envoy | a: Envoy Proxy | b: Service mesh
HashiCorp Nomad | b: Container orchestration
HashiCorp Consul | b: Microservices
HashiCorp Vault | a: Vault secrets | b: Secrets management
Secrets management | a: secret management | b: DevOps | r: Information security
Infrastructure as code | a: IaC, infrastructure-as-code tools | b: DevOps | r: Terraform
Terraform | a: HashiCorp Terraform, Terraform Cloud, Terragrunt, OpenTofu | b: Infrastructure as code | r: Ansible
Pulumi | b: Infrastructure as code
Crossplane | b: Infrastructure as code
Configuration management | a: infrastructure automation, server configuration management | b: DevOps
Ansible | a: Ansible playbooks, Red Hat Ansible, Ansible Tower, AWX | b: Configuration management | r: Terraform
Chef Infra | a: Opscode Chef, Chef cookbooks, Chef automation | b: Configuration management
=Puppet | a: Puppet Enterprise, Puppet manifests | b: Configuration management
SaltStack | a: !Salt, Salt Project | b: Configuration management
=Vagrant | b: Virtualization
HashiCorp Packer | b: Infrastructure as code
Monitoring | a: system monitoring, infrastructure monitoring, application monitoring, APM, application performance monitoring | b: DevOps
Observability | a: o11y, distributed tracing | b: DevOps | r: Monitoring
=Prometheus | a: PromQL, Alertmanager | b: Monitoring | r: Grafana
Grafana | a: Grafana dashboards, Grafana Loki | b: Monitoring, Data visualization
Datadog | b: Monitoring
New Relic | b: Monitoring
Dynatrace | b: Monitoring
AppDynamics | b: Monitoring
Splunk | a: Splunk Enterprise, SPL | b: Monitoring, Security information and event management
ELK Stack | a: ELK, Elastic Stack | b: Log management | r: Elasticsearch
Logstash | b: ELK Stack
Kibana | b: ELK Stack
Fluentd | a: Fluent Bit | b: Log management
Log management | a: centralized logging, log analysis, log aggregation, log monitoring | b: Observability
OpenTelemetry | a: OTel | b: Observability
Jaeger tracing | a: Zipkin | b: Observability
Nagios | b: Monitoring
Zabbix | b: Monitoring
SolarWinds | a: SolarWinds Orion | b: Monitoring
PRTG | a: PRTG Network Monitor | b: Monitoring
=Sentry | a: Sentry.io | b: Monitoring
PagerDuty | a: Opsgenie | b: Incident management
Incident management | a: major incident management, incident handling, IT incident management | b: IT service management
Postmortems | a: blameless postmortems, root cause analysis of incidents, post-incident reviews | b: Site reliability engineering
Load balancing | a: load balancers, load balancer, F5 BIG-IP | b: Computer networking
Build tools | a: build automation, build systems | b: DevOps
=Maven | a: Apache Maven | b: Build tools, Java
Gradle | b: Build tools
GNU Make | a: !Make, Makefile, Makefiles | b: Build tools
CMake | b: Build tools, C++
Bazel | b: Build tools
Apache Ant | a: !Ant | b: Build tools, Java
MSBuild | b: Build tools, .NET
Artifactory | a: JFrog Artifactory, JFrog | b: DevOps
Nexus Repository | a: Sonatype Nexus | b: DevOps
SonarQube | a: SonarCloud | b: Static code analysis
Chaos engineering | a: Chaos Monkey, fault injection | b: Site reliability engineering
Capacity planning | a: capacity management | b: Site reliability engineering
Disaster recovery | a: disaster recovery planning, DR planning | r: Backup and recovery
Business continuity planning | a: BCP, business continuity, business continuity management | r: Disaster recovery
High availability | a: fault tolerance, failover, redundancy planning | b: Site reliability engineering
Platform engineering | a: internal developer platforms, developer platforms | b: DevOps
Linux system administration | a: Linux administration, Linux sysadmin, Linux server administration | b: Server administration, Linux
Cron | a: cron jobs, crontab | b: Linux system administration
systemd | b: Linux system administration
Deployment automation | a: automated deployments, deployment scripts | b: CI/CD
Blue-green deployment | a: canary deployments, canary releases, rolling deployments, feature flags | b: Deployment automation
Policy as code | a: Open Policy Agent, OPA | b: DevOps

@category security | Information security
Information security | a: InfoSec, cybersecurity, cyber security, IT security, computer security, information assurance, cyber | r: Network security
Network security | a: network defense | b: Information security | r: Firewalls
Firewalls | a: firewall, firewall configuration, firewall management, firewall administration, next-generation firewalls, NGFW | b: Network security
Palo Alto Networks | a: Palo Alto firewalls, PAN-OS, Palo Alto NGFW | b: Firewalls
Fortinet | a: FortiGate, FortiGate firewalls | b: Firewalls
Cisco ASA | a: Cisco Firepower | b: Firewalls
Check Point | a: Check Point firewalls | b: Firewalls
Penetration testing | a: pen testing, pentesting, ethical hacking, pentest, penetration tests | b: Information security
Vulnerability management | a: vulnerability assessment, vulnerability scanning, vulnerability assessments, patch management | b: Information security | r: Penetration testing
Nessus | a: Tenable Nessus, Tenable | b: Vulnerability management
Qualys | b: Vulnerability management
Rapid7 | a: InsightVM | b: Vulnerability management
Burp Suite | a: Burp, PortSwigger Burp | b: Penetration testing
Metasploit | b: Penetration testing
Nmap | b: Penetration testing, Network security
Wireshark | a: packet analysis, packet capture, tcpdump | b: Network security
Kali Linux | b: Penetration testing
Security information and event management | a: SIEM, SIEM tools, SIEM management | b: Security operations
Security operations | a: SOC, security operations center, SecOps, security monitoring | b: Information security
Incident response | a: security incident response, cyber incident response, incident handling and response | b: Security operations
Digital forensics | a: computer forensics, DFIR, forensic analysis, EnCase, FTK | b: Information security
Threat intelligence | a: cyber threat intelligence, CTI, threat analysis | b: Security operations
Threat hunting | b: Security operations
Threat modeling | a: threat modelling, STRIDE | b: Information security
Malware analysis | a: malware reverse engineering | b: Information security
Reverse engineering | a: binary analysis, Ghidra, IDA Pro | r: Malware analysis
Identity and access management | a: IAM, identity management, access management, access control, identity governance | b: Information security
Single sign-on | a: SSO | b: Identity and access management
OAuth | a: OAuth 2.0, OAuth2 | b: Identity and access management
OpenID Connect | a: OIDC | b: Identity and access management
SAML | a: SAML 2.0 | b: Identity and access management
Okta | b: Identity and access management
Multi-factor authentication | a: MFA, 2FA, two-factor authentication | b: Identity and access management
Privileged access management | a: =PAM, privileged access | b: Identity and access management
CyberArk | b: Privileged access management
SailPoint | b: Identity and access management
Zero trust | a: zero trust architecture, zero trust security | b: Network security
Encryption | a: data encryption, encryption at rest, encryption in transit | b: Information security
Cryptography | a: applied cryptography, cryptographic protocols | r: Encryption
Public key infrastructure | a: PKI, digital certificates, certificate management | b: Encryption
TLS | a: SSL, SSL/TLS, TLS/SSL | b: Encryption
Endpoint security | a: endpoint protection, EDR, endpoint detection and response, antivirus, XDR | b: Information security
CrowdStrike | a: CrowdStrike Falcon | b: Endpoint security
Microsoft Defender | a: Defender for Endpoint, Windows Defender, Microsoft Defender for Endpoint | b: Endpoint security
SentinelOne | b: Endpoint security
Carbon Black | a: VMware Carbon Black | b: Endpoint security
Data loss prevention | a: DLP | b: Information security
Security awareness training | a: phishing awareness, security awareness, phishing simulations | b: Information security
Email security | a: Proofpoint, Mimecast, phishing analysis | b: Information security
Application security | a: AppSec, secure coding, software security, web application security, secure software development | b: Information security
Static application security testing | a: SAST, Checkmarx, Veracode | b: Application security
Dynamic application security testing | a: DAST, OWASP ZAP | b: Application security
Software composition analysis | a: SCA, Snyk, dependency scanning | b: Application security
OWASP | a: OWASP Top 10, OWASP Top Ten | b: Application security
Security architecture | a: security engineering, security design | b: Information security
Security risk assessment | a: cyber risk assessment, information security risk assessment | b: Information security, Risk assessment
Governance risk and compliance | a: GRC, IT governance, IT compliance | b: Compliance
NIST Cybersecurity Framework | a: NIST CSF, NIST 800-53, NIST SP 800-53, NIST 800-171, NIST | b: Governance risk and compliance
ISO 27001 | a: ISO/IEC 27001, ISO 27001 compliance, ISMS | b: Governance risk and compliance
SOC 2 | a: SOC 2 compliance, SOC2, SOC II, SOC 2 Type II | b: Governance risk and compliance
PCI DSS | a: PCI compliance, PCI DSS compliance | b: Governance risk and compliance
FedRAMP | b: Governance risk and compliance
CMMC | a: Cybersecurity Maturity Model Certification | b: Governance risk and compliance
Security auditing | a: IT audit, IT auditing, security audits, security audit, IT general controls, ITGC | b: Governance risk and compliance
Intrusion detection | a: IDS, IPS, intrusion prevention, IDS/IPS, intrusion detection systems | b: Network security
=Snort | b: Intrusion detection
Suricata | b: Intrusion detection
VPN | a: VPNs, virtual private networks, virtual private network, IPsec, WireGuard | b: Network security
Social engineering | a: social engineering testing | b: Penetration testing
Red teaming | a: red team, red team operations, adversary emulation | b: Penetration testing
QRadar | a: IBM QRadar | b: Security information and event management
Microsoft Sentinel | a: Azure Sentinel | b: Security information and event management
Mobile device management | a: mobile device management solutions, enterprise mobility management, EMM | b: IT support
Microsoft Intune | a: Intune, Endpoint Manager | b: Mobile device management
Jamf | a: Jamf Pro | b: Mobile device management
Data privacy | a: privacy, information privacy, data protection, privacy compliance | r: General Data Protection Regulation
Web application firewalls | a: WAF, WAFs | b: Application security
MITRE ATT&CK | a: MITRE ATTACK, ATT&CK | b: Threat intelligence
Security orchestration | a: SOAR, security automation | b: Security operations
Cloud access security broker | a: CASB | b: Cloud security
OT security | a: ICS security, SCADA security, industrial control systems security | b: Information security | r: SCADA

@kind certification
CISSP | a: Certified Information Systems Security Professional | b: Information security
CISM | a: Certified Information Security Manager | b: Information security
CISA | a: Certified Information Systems Auditor | b: Security auditing
CRISC | a: Certified in Risk and Information Systems Control | b: Governance risk and compliance
CompTIA Security+ | a: Security+, Security Plus, Sec+ | b: Information security
CompTIA Network+ | a: Network+, Network Plus, Net+ | b: Computer networking
CompTIA A+ | a: A+ certification, A+ certified | b: IT support
CompTIA CySA+ | a: CySA+, Cybersecurity Analyst+ | b: Security operations
CompTIA PenTest+ | a: PenTest+ | b: Penetration testing
CompTIA CASP+ | a: CASP+, CompTIA SecurityX | b: Information security | i: CompTIA Security+
CompTIA Linux+ | a: Linux+ | b: Linux
CompTIA Cloud+ | a: Cloud+ | b: Cloud computing
CompTIA Server+ | a: Server+ | b: Server administration
CEH | a: Certified Ethical Hacker | b: Penetration testing
OSCP | a: Offensive Security Certified Professional | b: Penetration testing
GIAC Security Essentials | a: GSEC | b: Information security
GIAC Certified Incident Handler | a: GCIH | b: Incident response
GIAC Penetration Tester | a: GPEN | b: Penetration testing
SSCP | a: Systems Security Certified Practitioner | b: Information security
CCSP | a: Certified Cloud Security Professional | b: Cloud security
CIPP | a: Certified Information Privacy Professional, CIPP/US, CIPP/E | b: Data privacy
CCNA | a: Cisco Certified Network Associate, CCNA Routing and Switching | b: Routing and switching
CCNP | a: Cisco Certified Network Professional, CCNP Enterprise | b: Routing and switching | i: CCNA
CCIE | a: Cisco Certified Internetwork Expert | b: Routing and switching | i: CCNP
MCSE | a: Microsoft Certified Solutions Expert | b: Windows Server
MCSA | a: Microsoft Certified Solutions Associate | b: Windows Server
ITIL 4 Foundation | a: ITIL Foundation, ITIL certification, ITIL v3 Foundation, ITIL certified | b: ITIL
Google IT Support Professional Certificate | a: Google IT Support Certificate | b: IT support
@category it_support | IT support and networking
IT support | a: technical support, help desk, helpdesk, desktop support, IT helpdesk, service desk, tech support, end-user support, IT help desk | r: Troubleshooting
Troubleshooting | a: problem diagnosis, technical troubleshooting, troubleshooting skills | r: IT support
Hardware troubleshooting | a: hardware repair, computer repair, PC repair, laptop repair | b: IT support
Hardware installation | a: hardware setup, computer setup, PC setup, workstation setup | b: IT support
Software installation | a: software setup, application installation, software deployment | b: IT support
Computer networking | a: network administration, network engineering, network infrastructure, network management | r: Network security
TCP/IP | a: TCP, TCP IP, IP networking, IPv4, IPv6, subnetting | b: Computer networking
DNS | a: Domain Name System, DNS management | b: Computer networking
DHCP | b: Computer networking
Routing and switching | a: routers and switches, network routing, network switching, routing protocols | b: Computer networking
BGP | a: Border Gateway Protocol | b: Routing and switching
OSPF | a: EIGRP | b: Routing and switching
MPLS | b: Routing and switching
VLANs | a: VLAN, VLAN configuration | b: Computer networking
LAN/WAN | a: LAN, WAN, local area networks, wide area networks, LAN administration | b: Computer networking
SD-WAN | b: LAN/WAN
Wireless networking | a: Wi-Fi, WiFi, WLAN, wireless networks, wireless access points | b: Computer networking
Cisco IOS | a: Cisco routers, Cisco switches, Cisco networking | b: Routing and switching
Cisco Meraki | a: Meraki | b: Computer networking
Juniper Networks | a: Junos | b: Routing and switching
Aruba Networks | a: Aruba wireless | b: Wireless networking
Network troubleshooting | a: network diagnostics | b: Computer networking, Troubleshooting
Structured cabling | a: network cabling, Cat6 cabling, Cat5e, cable termination, patch panels | b: Computer networking | r: Low-voltage wiring
Fiber optics | a: fiber optic installation, fiber splicing, fibre optics, fiber optic cabling, OTDR | r: Structured cabling
VoIP | a: Voice over IP, IP telephony, SIP trunking | b: Computer networking
Telecommunications | a: telecom, telecoms | r: VoIP
Network monitoring | a: network performance monitoring, SNMP | b: Computer networking, Monitoring
Linux | a: GNU/Linux, Linux servers, Linux OS | b: Operating systems
Ubuntu | a: Ubuntu Linux, Ubuntu Server | b: Linux
Red Hat Enterprise Linux | a: RHEL, Red Hat Linux, Red Hat | b: Linux
CentOS | a: Rocky Linux, AlmaLinux | b: Linux
Debian | b: Linux
Fedora Linux | b: Linux
SUSE Linux | a: SLES, openSUSE | b: Linux
Unix | a: Unix systems, Unix administration | b: Operating systems
Solaris | a: Oracle Solaris | b: Unix
AIX | a: IBM AIX | b: Unix
Operating systems | a: operating system administration, OS administration | r: Linux
Microsoft Windows | a: =Windows, Windows 10, Windows 11, Windows 7, Windows OS, Windows desktop | b: Operating systems
Windows Server | a: Windows Server administration, Windows Server 2016, Windows Server 2019, Windows Server 2022, Windows servers | b: Server administration, Microsoft Windows
macOS | a: Mac OS, OS X, Mac OS X, Apple macOS | b: Operating systems
ChromeOS | a: Chrome OS, Chromebooks | b: Operating systems
Server administration | a: system administration, systems administration, sysadmin, server management, server maintenance | r: Linux
Active Directory | a: Microsoft Active Directory, AD DS, Active Directory administration, LDAP | b: Identity and access management, Windows Server
Group Policy | a: GPO, Group Policy Objects | b: Active Directory
Microsoft 365 administration | a: Office 365 administration, M365 administration, O365 administration, Microsoft 365 admin | b: IT support
Microsoft Exchange | a: Exchange Server, MS Exchange, Exchange Online | b: Server administration
ServiceNow | a: ServiceNow ITSM | b: IT service management
IT service management | a: ITSM, IT service delivery | r: ITIL
ITIL | a: ITIL framework, ITIL processes, ITIL practices | b: IT service management
Ticketing systems | a: ticketing, help desk ticketing, ticket management, ticketing system, Jira Service Management | b: IT support
Remote desktop support | a: remote support, remote troubleshooting, TeamViewer, Remote Desktop, RDP | b: IT support
Computer imaging | a: OS deployment, system imaging, disk imaging, Windows deployment | b: IT support
Microsoft SCCM | a: SCCM, MECM, Microsoft Endpoint Configuration Manager, System Center Configuration Manager | b: IT support
Printer support | a: printer troubleshooting, printer maintenance, printer setup | b: IT support
IT asset management | a: ITAM, hardware inventory, asset tracking | b: IT service management
Backup and recovery | a: data backup, backups, backup solutions, backup and restore, data recovery | r: Disaster recovery
Veeam | a: Veeam Backup | b: Backup and recovery
Storage administration | a: =SAN, =NAS, storage area networks, network-attached storage, =RAID | b: Server administration
NetApp | b: Storage administration
Dell EMC | a: EMC storage | b: Storage administration
Mainframe operations | a: mainframe operator | b: Mainframe
Data center operations | a: data centre operations, datacenter operations, data center management, server racking | r: Server administration
IT infrastructure | a: IT infrastructure management, infrastructure management | r: Server administration
End-user training | a: user training, technology training | b: IT support
Onboarding IT setup | a: user account provisioning, account provisioning, user provisioning | b: IT support
Password resets | a: password management, account lockouts | b: IT support
Mobile device support | a: iPhone support, smartphone support | b: IT support
Audio-visual support | a: AV support, audio visual equipment, AV equipment, AV setup | b: IT support
Point of sale support | a: POS support | b: IT support
Network security monitoring | a: network intrusion monitoring | b: Network security, Network monitoring
Windows administration | a: Windows system administration, Windows sysadmin | b: Server administration, Microsoft Windows
PowerShell automation | a: PowerShell administration | b: Windows administration | r: PowerShell
Help desk software | a: Freshservice, ManageEngine, ConnectWise, Kaseya | b: Ticketing systems
Remote monitoring and management | a: RMM, RMM tools, NinjaOne | b: IT support
Managed services | a: MSP, managed service provider | b: IT support
IT procurement | a: hardware procurement, software licensing, license management | b: IT asset management
Technical documentation for IT | a: knowledge base articles, IT documentation, runbooks, standard operating procedures for IT | b: IT support

@category office | Office and business software
Microsoft Office | a: MS Office, Office 365, Microsoft 365, M365, O365, Microsoft Office Suite, MS Office Suite, Office Suite | r: Google Workspace
Microsoft Excel | a: =Excel, MS Excel, Excel spreadsheets, advanced Excel, Excel formulas, Microsoft Excel spreadsheets | b: Spreadsheets | r: VBA
Spreadsheets | a: spreadsheet, spreadsheet software, spreadsheet management | r: Microsoft Excel
Pivot tables | a: PivotTables, pivot table, pivot charts | b: Microsoft Excel
VLOOKUP | a: XLOOKUP, HLOOKUP, INDEX MATCH, lookup functions | b: Microsoft Excel
Microsoft Word | a: !Word, MS Word, Word documents | b: Word processing
Word processing | a: word processor, document formatting, document preparation | r: Microsoft Word
Microsoft PowerPoint | a: PowerPoint, MS PowerPoint, PPT, PowerPoint presentations | b: Presentation software
Presentation software | a: slide decks, presentation design, slide design | r: Microsoft PowerPoint
Microsoft Outlook | a: =Outlook, MS Outlook, Outlook calendar | b: Email management
Email management | a: email correspondence, inbox management, business email, email etiquette | b: Office administration
Microsoft Teams | a: !Teams, MS Teams | b: Collaboration tools
Microsoft SharePoint | a: SharePoint, SharePoint Online | b: Collaboration tools
Microsoft OneNote | a: OneNote | b: Microsoft Office
Microsoft OneDrive | a: OneDrive | b: Microsoft Office
Microsoft Visio | a: Visio, MS Visio | b: Diagramming
Microsoft Project | a: MS Project | b: Project management software
Diagramming | a: flowcharts, flowcharting, flow charts, process diagrams | r: Microsoft Visio
Lucidchart | b: Diagramming
draw.io | a: diagrams.net | b: Diagramming
=Miro | a: Miro board | b: Collaboration tools
Project management software | a: project management tools, project tracking software | b: Project management
Google Workspace | a: G Suite, GSuite, Google Apps, Google Suite | r: Microsoft Office
Google Sheets | b: Spreadsheets, Google Workspace
Google Docs | b: Word processing, Google Workspace
Google Slides | b: Presentation software, Google Workspace
Gmail | b: Email management, Google Workspace
Google Drive | b: Google Workspace
Google Forms | b: Google Workspace
Google Calendar | b: Calendar management, Google Workspace
Apple Keynote | a: =Keynote | b: Presentation software
Apple iWork | a: Apple Pages, Apple Numbers | b: Word processing
LibreOffice | a: OpenOffice, LibreOffice Calc | r: Microsoft Office
Adobe Acrobat | a: Acrobat, Adobe Acrobat Pro, PDF editing, Adobe Reader, fillable PDFs | r: Microsoft Office
Jira | a: Atlassian Jira, JIRA Software | b: Project management software
=Confluence | a: Atlassian Confluence | b: Collaboration tools
Trello | b: Project management software
=Asana | b: Project management software
Monday.com | b: Project management software
Smartsheet | b: Project management software
=Notion | a: Notion workspace | b: Collaboration tools
Airtable | b: Collaboration tools
ClickUp | b: Project management software
=Basecamp | b: Project management software
Wrike | b: Project management software
Collaboration tools | a: collaboration software, team collaboration tools, online collaboration tools
=Slack | b: Collaboration tools
=Zoom | a: Zoom meetings, Zoom video conferencing | b: Video conferencing
Video conferencing | a: videoconferencing, virtual meetings, web conferencing | r: Zoom
Webex | a: Cisco Webex | b: Video conferencing
Google Meet | b: Video conferencing
Skype | a: Skype for Business | b: Video conferencing
Dropbox | b: Collaboration tools
DocuSign | a: e-signature, electronic signatures, Adobe Sign | b: Document management
Document management | a: document control, records management, document management systems, DMS | r: Filing
Filing | a: filing systems, paper filing, file management | b: Office administration
Data entry | a: data input, keyboarding, data capture, data entry clerk | b: Office administration
Typing | a: touch typing, typing speed, WPM, fast typing | b: Data entry
Ten-key | a: 10-key, 10-key typing, ten-key calculator, 10 key by touch | b: Data entry
Office administration | a: administrative support, clerical, clerical work, administrative tasks, admin support, office support, administrative duties | r: Data entry
Calendar management | a: scheduling meetings, diary management, calendar coordination | b: Office administration
Scheduling | a: appointment scheduling, appointment setting, booking appointments, schedule management | b: Office administration
Travel arrangements | a: travel coordination, travel booking, travel planning, travel management | b: Office administration
Meeting minutes | a: minute taking, taking minutes, note taking | b: Office administration
Transcription | a: audio transcription, dictation, transcribing | b: Office administration
Multi-line phone systems | a: multi-line phones, multi-line phone, switchboard, switchboard operation, PBX | b: Office administration
Reception | a: receptionist duties, greeting visitors, front office, visitor management | b: Office administration
Mail handling | a: mail sorting, mailroom, mail processing, mailroom operations | b: Office administration
Office equipment operation | a: photocopiers, fax machines, copiers, scanners and copiers | b: Office administration
Office supply management | a: office supplies, supply ordering, stationery ordering | b: Office administration
Executive assistance | a: executive support, C-level support, personal assistant duties, gatekeeping | b: Office administration
Correspondence | a: business correspondence, letter writing | b: Office administration
Proofreading | a: proof-reading, copy checking | r: Copy editing
Enterprise resource planning | a: ERP, ERP systems, ERP software, ERP implementation
SAP ERP | a: =SAP, SAP S/4HANA, S/4HANA, SAP ECC, SAP R/3, SAP ERP software | b: Enterprise resource planning
SAP FICO | a: SAP FI/CO, SAP FI, SAP Finance | b: SAP ERP
SAP MM | a: SAP Materials Management | b: SAP ERP
SAP SD | a: SAP Sales and Distribution | b: SAP ERP
SAP HANA | a: =HANA | b: SAP ERP
SAP Ariba | a: Ariba | b: SAP ERP, Procurement
SAP SuccessFactors | a: SuccessFactors | b: Human resources information systems
Oracle E-Business Suite | a: Oracle EBS, Oracle ERP, Oracle Fusion, Oracle Financials | b: Enterprise resource planning
NetSuite | a: Oracle NetSuite | b: Enterprise resource planning
=Workday | a: Workday HCM, Workday Financials | b: Human resources information systems
Epicor | b: Enterprise resource planning
Infor ERP | a: Infor, Infor M3, Infor LN | b: Enterprise resource planning
JD Edwards | a: JDE, Oracle JD Edwards | b: Enterprise resource planning
Microsoft Dynamics 365 | a: Dynamics 365, Microsoft Dynamics, Dynamics CRM, Dynamics AX, Dynamics GP, Dynamics NAV, Business Central | b: Enterprise resource planning
Salesforce | a: SFDC, Salesforce CRM, Salesforce.com, Sales Cloud, Service Cloud | b: Customer relationship management
Customer relationship management | a: CRM, CRM software, CRM systems, CRM tools, CRM management
HubSpot | a: HubSpot CRM | b: Customer relationship management, Marketing automation
Zoho CRM | a: Zoho | b: Customer relationship management
Pipedrive | b: Customer relationship management
Computer literacy | a: basic computer skills, computer skills, PC skills, computer proficiency, digital literacy | r: Microsoft Office
Internet research | a: online research, web research | r: Research skills
Electronic filing systems | a: electronic records, digital filing, scanning documents, document scanning | b: Document management
Notary public | a: notary, notarization | k: licence
Bilingual correspondence | a: bilingual communication | b: Correspondence
QuickBooks | a: QuickBooks Online, QuickBooks Desktop, QBO, Intuit QuickBooks | b: Accounting software

@category design | Design and creative
Graphic design | a: graphics design, graphic arts, visual communication, graphic designer | r: Adobe Photoshop
Visual design | a: visual designs | b: Graphic design | r: UI design
UI design | a: user interface design, UI, interface design, UI designs | r: UX design
UX design | a: user experience design, UX, user experience, UI/UX, UX/UI, UI/UX design, UX/UI design | r: UI design
Interaction design | a: IxD | b: UX design
User research | a: UX research, usability research, user interviews, design research | b: UX design
Usability testing | a: user testing, usability studies, usability tests | b: User research
Wireframing | a: wireframes, wireframe, low-fidelity wireframes | b: UX design
Prototyping | a: rapid prototyping, prototypes, UX prototyping, interactive prototypes, high-fidelity prototypes | b: UX design
Information architecture | a: site maps, sitemaps, content hierarchy | b: UX design
Design systems | a: design system, component libraries, UI component libraries, UI kits | b: UI design
Figma | a: FigJam | b: UI design
=Sketch | a: Sketch app, Bohemian Sketch | b: UI design
Adobe XD | a: Adobe Experience Design | b: UI design
InVision | a: InVision Studio | b: Prototyping
Axure | a: Axure RP | b: Prototyping
Balsamiq | b: Wireframing
Zeplin | b: UI design
Adobe Creative Suite | a: Adobe Creative Cloud, Creative Cloud, Adobe CC, Adobe CS6, Adobe Suite | r: Adobe Photoshop
Adobe Photoshop | a: Photoshop | b: Adobe Creative Suite, Image editing
Image editing | a: photo editing, photo retouching, retouching, image retouching, photo manipulation | b: Graphic design
Adobe Illustrator | a: Illustrator | b: Adobe Creative Suite, Vector graphics
Vector graphics | a: vector illustration, vector art | b: Graphic design
Adobe InDesign | a: InDesign | b: Adobe Creative Suite, Desktop publishing
Desktop publishing | a: DTP, layout design, print layout, page layout | b: Graphic design
Adobe After Effects | a: After Effects | b: Motion graphics, Adobe Creative Suite
Motion graphics | a: motion design, motion graphics design, kinetic typography | b: Graphic design
Animation | a: 2D animation, character animation, 3D animation, animations | r: Motion graphics
3D modeling | a: 3D modelling, 3D design, 3D modeling and rendering | r: Blender
3D rendering | a: architectural visualization, photorealistic rendering, V-Ray, KeyShot | b: 3D modeling
=Blender | a: Blender 3D | b: 3D modeling
Autodesk Maya | a: Maya 3D | b: 3D modeling
Cinema 4D | a: C4D, Maxon Cinema 4D | b: 3D modeling, Motion graphics
3ds Max | a: 3D Studio Max, Autodesk 3ds Max | b: 3D modeling
ZBrush | b: 3D modeling
Substance Painter | a: Adobe Substance, Substance 3D | b: 3D modeling
Adobe Premiere Pro | a: =Premiere, Premiere Pro, Adobe Premiere | b: Video editing
Video editing | a: video post-production, post-production, video editor, film editing | r: Adobe Premiere Pro
Final Cut Pro | a: Final Cut, FCPX, Final Cut Pro X | b: Video editing
DaVinci Resolve | a: color grading, colour grading | b: Video editing
Avid Media Composer | a: =Avid | b: Video editing
Adobe Lightroom | a: Lightroom | b: Image editing, Photography
Photography | a: photo shoots, photoshoots, product photography, portrait photography, event photography | r: Image editing
Canva | a: Canva Pro | b: Graphic design
CorelDRAW | a: Corel Draw, CorelDraw Graphics Suite | b: Vector graphics
Affinity Designer | a: Affinity Photo, Affinity Publisher | b: Vector graphics
=GIMP | b: Image editing
Procreate | b: Illustration
Typography | a: type design, font design, lettering | b: Graphic design
Brand identity design | a: logo design, brand design, visual identity, logos, brand identity, corporate identity | b: Graphic design | r: Branding
Illustration | a: digital illustration, illustrations, editorial illustration, hand-drawn illustration | b: Graphic design
Print design | a: print production design, print collateral, brochure design, flyer design | b: Graphic design
Packaging design | a: package design, packaging graphics | b: Graphic design
Color theory | a: colour theory, color palettes | b: Graphic design
Web design | a: website design, web page design, website layout | b: UI design
Infographics | a: infographic design | b: Graphic design, Data visualization
Interior design | a: interior decorating, interior decoration, space planning, interior styling | r: AutoCAD
Fashion design | a: apparel design, clothing design, garment design | r: Sewing
Pattern making | a: patternmaking, pattern drafting, garment patterns | b: Fashion design
Sewing | a: garment construction, alterations, machine sewing, hand sewing | r: Fashion design
Textile design | a: fabric design, surface pattern design | r: Fashion design
Industrial design | a: consumer product design, industrial designer | r: 3D modeling
Product design | a: digital product design | r: UX design
Storyboarding | a: storyboards, storyboard | r: Animation
Art direction | a: creative direction, art director | r: Graphic design
Game design | a: game mechanics, gameplay design | r: Game development
Level design | a: level designer, world building | b: Game design
Design thinking | a: human-centered design, human-centred design | r: UX design
Human-computer interaction | a: HCI | r: UX design
Service design | a: service blueprinting | r: UX design
Journey mapping | a: customer journey mapping, user journey mapping, user journeys, customer journey maps | b: UX design
Personas | a: user personas, customer personas | b: User research
Adobe Dreamweaver | a: Dreamweaver | b: Web design
Webflow | b: Web design
Squarespace | b: Web design
Wix | b: Web design
Visual merchandising design | a: display design, window displays, window display design | r: Visual merchandising
Exhibition design | a: trade show booth design, exhibit design | b: Graphic design
Environmental graphic design | a: signage design, wayfinding design, wayfinding | b: Graphic design
Sign making | a: vinyl signs, vinyl cutting, large format printing, wide format printing | r: Print design
Screen printing | a: silk screening, screenprinting | r: Print design
Drawing | a: sketching, figure drawing, life drawing, hand drawing | r: Illustration
Painting | a: oil painting, acrylic painting, watercolor, fine art painting | r: Drawing
Calligraphy | a: hand lettering | r: Typography
Floral design | a: flower arranging, floristry, floral arrangements | r: Event planning
Jewelry design | a: jewellery design, jewelry making | r: Fashion design
Pottery | a: ceramics, wheel throwing | r: Painting
Computer-aided design | a: CAD, CAD drafting, CAD design, CAD software, computer aided drafting | r: AutoCAD
AutoCAD | a: Autodesk AutoCAD, AutoCAD LT, ACAD | b: Computer-aided design
Revit | a: Autodesk Revit, Revit MEP, Revit Architecture | b: Building information modeling
Building information modeling | a: BIM, BIM modeling, Navisworks, BIM 360 | b: Computer-aided design
SolidWorks | a: SolidWorks CAD, Dassault SolidWorks | b: Computer-aided design
CATIA | a: CATIA V5 | b: Computer-aided design
Autodesk Inventor | b: Computer-aided design
Fusion 360 | a: Autodesk Fusion 360, Autodesk Fusion | b: Computer-aided design
SketchUp | a: Sketch Up, Google SketchUp | b: 3D modeling
PTC Creo | a: Creo, Pro/ENGINEER, Pro/E | b: Computer-aided design
Siemens NX | a: Unigraphics | b: Computer-aided design
MicroStation | a: Bentley MicroStation | b: Computer-aided design
Civil 3D | a: AutoCAD Civil 3D | b: Computer-aided design
Technical drawing | a: technical drafting, mechanical drafting, architectural drafting, drafting and design, engineering drawings | b: Computer-aided design
GD&T | a: geometric dimensioning and tolerancing | b: Technical drawing
Rhino 3D | a: Rhinoceros 3D, Rhinoceros | b: 3D modeling
Architectural design | a: architecture design, building design, schematic design | r: Revit
Landscape design | a: landscape architecture, garden design | r: Landscaping
@category healthcare | Healthcare
Patient care | a: direct patient care, patient support, bedside care, hands-on patient care, patient services
Vital signs | a: taking vital signs, vitals, blood pressure measurement, vital signs monitoring, blood pressure monitoring | b: Patient care
Phlebotomy | a: venipuncture, blood draws, blood drawing, blood collection, specimen collection | b: Patient care | r: Clinical laboratory testing
Medical terminology | a: medical vocabulary, healthcare terminology | r: Medical coding
Medical coding | a: ICD-10 coding, CPT coding, clinical coding, diagnosis coding, procedure coding, medical coder | b: Health information management
ICD-10 | a: ICD-10-CM, ICD-10-PCS, ICD-9, ICD codes | b: Medical coding
CPT | a: Current Procedural Terminology, CPT codes | b: Medical coding
HCPCS | a: HCPCS Level II | b: Medical coding
Medical billing | a: healthcare billing, insurance billing, medical claims, medical billing and coding, claims submission | r: Medical coding
Revenue cycle management | a: RCM, healthcare revenue cycle, revenue cycle | r: Medical billing
Insurance verification | a: eligibility verification, benefits verification, insurance eligibility | b: Medical billing
Prior authorization | a: prior authorizations, pre-authorization, preauthorization, pre-certification | b: Medical billing
Health information management | a: HIM, medical records management, health records, medical records, release of information
Electronic health records | a: EHR, EMR, electronic medical records, EHR systems, EMR systems, electronic health record | r: Epic Systems
Epic Systems | a: =Epic, Epic EHR, Epic Hyperspace, EpicCare, Epic Systems software | b: Electronic health records
Cerner | a: Oracle Health, Cerner PowerChart, PowerChart | b: Electronic health records
Meditech | b: Electronic health records
athenahealth | a: athenaOne, athenaClinicals | b: Electronic health records
eClinicalWorks | a: eCW | b: Electronic health records
NextGen Healthcare | a: NextGen EHR | b: Electronic health records
Allscripts | a: Veradigm | b: Electronic health records
PointClickCare | b: Electronic health records
HIPAA | a: HIPAA compliance, HIPAA regulations, patient confidentiality, HIPAA privacy, HIPAA guidelines | b: Healthcare compliance
Healthcare compliance | a: Joint Commission standards, JCAHO, CMS regulations, CMS guidelines, healthcare regulations | b: Compliance
Medical administration | a: healthcare administration, medical office administration, medical office management, medical front office, medical secretary, medical receptionist
Patient registration | a: patient intake, patient check-in, patient admissions, admitting | b: Medical administration
Medical scheduling | a: patient scheduling, medical appointment scheduling | b: Scheduling, Medical administration
Credentialing | a: provider credentialing, physician credentialing, provider enrollment, payer enrollment | b: Medical administration
Hospital administration | a: healthcare management, health services management, clinic management, medical practice management | b: Medical administration
Medical transcription | a: medical transcriptionist | b: Transcription
Clinical documentation | a: charting, patient charting, clinical notes, SOAP notes, medical documentation, progress notes | b: Patient care
Medical scribe | a: scribing, medical scribing, scribe | b: Clinical documentation
Infection control | a: infection prevention, sterile technique, aseptic technique, universal precautions, standard precautions, PPE use, isolation precautions | b: Patient care
Sterile processing | a: instrument sterilization, autoclave, decontamination, CSSD, instrument reprocessing | b: Infection control
Medical assisting | a: clinical medical assisting, back office medical assisting, rooming patients | b: Patient care
EKG | a: ECG, electrocardiogram, electrocardiography, 12-lead EKG, 12-lead ECG, EKG interpretation, ECG interpretation | r: Telemetry
Telemetry | a: telemetry monitoring, cardiac monitoring, heart monitoring | r: EKG
Wound care | a: wound dressing, dressing changes, wound management, wound assessment | b: Patient care
Medication administration | a: administering medications, med pass, medication passes, medication management, med administration | b: Patient care
IV therapy | a: IV insertion, intravenous therapy, IV starts, peripheral IV, IV placement, IV fluids | b: Medication administration
Injections | a: intramuscular injections, IM injections, subcutaneous injections, injection administration | b: Medication administration
Immunizations | a: vaccinations, vaccine administration, administering vaccines | b: Injections
Catheterization | a: urinary catheterization, Foley catheter insertion, Foley catheters, catheter care | b: Patient care
Surgical technology | a: surgical technologist, scrub tech, surgical assisting, scrubbing in | b: Patient care
Radiology | a: diagnostic imaging, medical imaging, imaging services | r: Radiography
Radiography | a: X-ray, X-rays, radiographic imaging, diagnostic radiography, X-ray technology | b: Radiology
CT scanning | a: computed tomography, CAT scans, CT scans, CT imaging | b: Radiology
MRI | a: magnetic resonance imaging, MRI scanning, MRI technology | b: Radiology
Ultrasound | a: sonography, diagnostic medical sonography, ultrasound scanning, ultrasound imaging | b: Radiology
Echocardiography | a: cardiac ultrasound, echocardiograms, cardiac sonography | b: Ultrasound
Mammography | b: Radiology
Nuclear medicine | a: PET scans, PET/CT, nuclear medicine technology | b: Radiology
Radiation therapy | a: radiotherapy, radiation oncology | r: Radiology
Respiratory therapy | a: respiratory care, ventilator management, mechanical ventilation, oxygen therapy, nebulizer treatments | b: Patient care
Physical therapy | a: physiotherapy, rehabilitation therapy, therapeutic exercise, physical rehabilitation | r: Occupational therapy
Occupational therapy | a: ADL training, activities of daily living training, hand therapy | r: Physical therapy
Speech-language pathology | a: speech therapy, speech pathology, SLP, swallowing therapy | r: Occupational therapy
Dental assisting | a: dental assistant, chairside assisting, four-handed dentistry | r: Dental hygiene
Dental hygiene | a: dental cleanings, teeth cleaning, periodontal charting, scaling and root planing, prophylaxis | r: Dental assisting
Dental radiography | a: dental X-rays, dental radiographs | b: Dental assisting
Dentrix | a: Eaglesoft, Open Dental | b: Dental assisting
Optical dispensing | a: eyeglass fitting, lens fitting, optician, frame fitting | b: Patient care
Clinical laboratory testing | a: medical laboratory science, clinical lab, lab testing, specimen processing, clinical laboratory, lab specimens | r: Phlebotomy
Home health care | a: home health, home care, in-home care | b: Patient care
Personal care | a: personal care assistance, ADLs, activities of daily living, bathing and grooming, toileting assistance, bathing assistance, dressing assistance | b: Patient care
Hospice care | a: palliative care, end-of-life care, hospice, comfort care | b: Patient care
Geriatric care | a: elder care, eldercare, senior care, gerontology, care of the elderly, elderly care | b: Patient care
Dementia care | a: Alzheimer's care, memory care, dementia support | b: Geriatric care
Pediatrics | a: pediatric care, paediatrics, pediatric patients, child health | b: Patient care
Mental health care | a: behavioral health, mental health support, psychiatric care, behavioural health, mental health services | b: Patient care
Crisis intervention | a: crisis counseling, de-escalation, de-escalation techniques, verbal de-escalation | r: Mental health care
Patient education | a: health education, patient teaching, patient counseling | b: Patient care
Care coordination | a: care management, discharge planning, patient navigation, care transitions | b: Patient care
Case management | a: case manager, caseload management, case coordination | r: Care coordination
Utilization review | a: utilization management | r: Care coordination
Triage | a: patient triage, telephone triage, triaging patients | b: Patient care
Telehealth | a: telemedicine, virtual care, remote patient monitoring, virtual visits | b: Patient care
Patient safety | a: fall prevention, patient safety protocols, fall risk assessment | b: Patient care
Medical equipment | a: medical devices, durable medical equipment, DME, biomedical equipment, medical device | r: Patient care
Biomedical equipment repair | a: biomedical engineering technician, BMET, medical equipment repair, biomed repair | b: Medical equipment
Anatomy and physiology | a: human anatomy, physiology, anatomy | r: Medical terminology
Pharmacology | a: drug knowledge, pharmacotherapy, medication knowledge | r: Medication administration
Nutrition | a: dietetics, nutritional counseling, diet planning, nutrition counseling, clinical nutrition | r: Patient education
Clinical research | a: clinical trials, clinical research coordination, Good Clinical Practice, ICH-GCP, clinical study management, CRC | r: Regulatory affairs
Institutional review board | a: IRB, IRB submissions, IRB protocols | b: Clinical research
Epidemiology | a: disease surveillance, public health surveillance, epidemiological research | r: Public health
Public health | a: community health, population health, health promotion, public health programs | r: Epidemiology
Contact tracing | b: Public health
Lifting and transferring patients | a: patient transfers, patient lifting, Hoyer lift, patient positioning, patient mobility, gait belt | b: Patient care
Ostomy care | a: colostomy care, ostomy management | b: Wound care
Tracheostomy care | a: trach care, suctioning, airway suctioning | b: Respiratory therapy
Blood glucose monitoring | a: glucose monitoring, finger sticks, fingerstick glucose, diabetic care, diabetes management, blood sugar monitoring | b: Patient care
Feeding assistance | a: tube feeding, enteral feeding, G-tube feeding, PEG tube, feeding patients | b: Patient care
Cardiology | a: cardiac care, cardiovascular care | r: EKG
Oncology | a: cancer care, oncology care | b: Patient care
Chemotherapy administration | a: chemo administration, chemotherapy, chemotherapy and biotherapy | b: Oncology
Dialysis | a: hemodialysis, peritoneal dialysis, dialysis treatment | b: Patient care
Obstetrics | a: labor and delivery, L&D, maternity care, prenatal care, postpartum care, obstetric care | b: Patient care
Neonatal care | a: NICU, newborn care, neonatal intensive care | b: Pediatrics
Orthopedics | a: orthopaedics, orthopedic care, casting and splinting, cast application | b: Patient care
Anesthesia | a: anesthesiology, sedation, anaesthesia, conscious sedation | r: Surgical technology
Emergency medical services | a: EMS, prehospital care, emergency medical care, ambulance services | r: EMT
Point-of-care testing | a: POCT, rapid testing, rapid tests, COVID testing | b: Patient care
Medical interpretation | a: medical interpreting, healthcare interpreting, medical interpreter | b: Interpreting
Veterinary care | a: veterinary medicine, animal health care, veterinary assisting, vet tech skills, veterinary technician | r: Animal care
Chiropractic care | a: chiropractic, spinal adjustments | b: Patient care
Massage therapy | a: therapeutic massage, Swedish massage, deep tissue massage, massage therapist | r: Physical therapy
Audiology | a: hearing testing, hearing aid fitting, hearing aids | b: Patient care
Pain management | a: pain assessment, pain control | b: Patient care
Behavior management | a: behavior intervention, behaviour management, behavior support | r: Applied behavior analysis
Applied behavior analysis | a: ABA, ABA therapy, discrete trial training, behavior analysis | r: Behavior management
Dialectical behavior therapy | a: DBT skills | b: Mental health care
Cognitive behavioral therapy | a: CBT, cognitive behaviour therapy, cognitive behavioural therapy | b: Mental health care
Substance abuse counseling | a: addiction counseling, substance use disorder treatment, drug and alcohol counseling, chemical dependency counseling, SUD treatment | b: Mental health care
Health coaching | a: wellness coaching | r: Patient education
Medical device sales | a: medical sales, surgical device sales | b: Sales
Healthcare quality improvement | a: quality improvement in healthcare, clinical quality improvement, PDSA cycles, patient outcomes improvement | r: Patient safety
Bloodborne pathogens | a: bloodborne pathogens training, BBP training, exposure control | b: Infection control

@kind certification
CPR certification | a: CPR, CPR certified, cardiopulmonary resuscitation, CPR/AED, AED, CPR training, Adult CPR | r: First aid certification
First aid certification | a: first aid, first aid certified, First Aid/CPR, first aid training, Red Cross First Aid, first aider | r: CPR certification
BLS | a: Basic Life Support, BLS certification, BLS certified, BLS for Healthcare Providers, BLS/CPR | i: CPR certification
ACLS | a: Advanced Cardiovascular Life Support, Advanced Cardiac Life Support, ACLS certification, ACLS certified | r: BLS
=PALS | a: Pediatric Advanced Life Support, PALS certification, PALS certified | r: BLS
NRP | a: Neonatal Resuscitation Program, NRP certification | r: Neonatal care
TNCC | a: Trauma Nursing Core Course | r: Emergency nursing
ENPC | a: Emergency Nursing Pediatric Course | r: Emergency nursing
Mental Health First Aid | a: MHFA | r: First aid certification
Crisis Prevention Intervention | a: CPI certification, CPI training, Nonviolent Crisis Intervention, MANDT, MANDT certification, Safety-Care, QBS Safety-Care | b: Crisis intervention
Certified Medical Assistant | a: CCMA, Certified Clinical Medical Assistant, Registered Medical Assistant, AAMA CMA | b: Medical assisting
Certified Phlebotomy Technician | a: phlebotomy certification, PBT, Phlebotomy Technician certification, certified phlebotomist, CPT-1 | b: Phlebotomy
Certified EKG Technician | a: EKG certification, ECG technician certification | b: EKG
Certified Professional Coder | a: CPC, AAPC CPC, CPC certification, CPC-A | b: Medical coding
Certified Coding Specialist | a: CCS, AHIMA CCS | b: Medical coding
Certified Coding Associate | a: AHIMA CCA | b: Medical coding
Registered Health Information Technician | a: RHIT | b: Health information management
Registered Health Information Administrator | a: RHIA | b: Health information management
Certified Billing and Coding Specialist | a: CBCS | b: Medical billing
Certified Dental Assistant | a: CDA, DANB certification, Registered Dental Assistant | b: Dental assisting
Registered Diagnostic Medical Sonographer | a: RDMS, ARDMS, ARDMS certification | b: Ultrasound
Certified Surgical Technologist | a: NBSTSA certification, surgical technologist certification | b: Surgical technology
Certified Sterile Processing Technician | a: CRCST, CBSPD certification, sterile processing certification, CSPDT | b: Sterile processing
Home health aide certification | a: HHA, home health aide, HHA certification | b: Home health care
Medical Laboratory Scientist certification | a: ASCP certification, medical laboratory scientist, medical technologist certification, MLT certification | b: Clinical laboratory testing
Board Certified Behavior Analyst | a: BCBA, BCaBA | b: Applied behavior analysis
Registered Behavior Technician | a: RBT, RBT certification | b: Applied behavior analysis
Certified Clinical Research Coordinator | a: CCRC, ACRP certification, SOCRA certification, CCRP | b: Clinical research
Certified Medical Interpreter | a: CMI, Certified Healthcare Interpreter, CCHI certification | b: Medical interpretation
Certified Pharmacy Technician | a: CPhT, PTCB, PTCB certified, ExCPT, NHA ExCPT, PTCB certification | b: Pharmacy operations
Sterile compounding certification | a: CSPT, Compounded Sterile Preparation Technician, IV certification for technicians | b: Compounding
Pharmacist immunization certification | a: APhA immunization certificate, APhA Pharmacy-Based Immunization Delivery, immunizing pharmacist | b: Immunizations
BCPS | a: Board Certified Pharmacotherapy Specialist | b: Clinical pharmacy
Certified Veterinary Technician | a: CVT, LVT, RVT, credentialed veterinary technician | b: Veterinary care
Certified Alcohol and Drug Counselor | a: CADC, LADC | b: Substance abuse counseling
Certified Nursing Assistant | a: CNA, certified nurse aide, certified nursing aide, CNA license, CNA licence, CNA certification, certified CNA, STNA, state tested nursing assistant, nurse aide certification, nursing assistant certification | b: Patient care
Certified Medication Aide | a: medication aide, QMA, qualified medication aide, certified medication technician, CMT | b: Medication administration
Critical Care Registered Nurse | a: CCRN, CCRN certification | b: Critical care nursing
Certified Emergency Nurse | a: CEN | b: Emergency nursing
Certified Medical-Surgical Registered Nurse | a: CMSRN, med-surg certification | b: Acute care nursing
Oncology Certified Nurse | a: OCN | b: Oncology nursing
Certified Pediatric Nurse | a: CPN | b: Pediatric nursing
Psychiatric-Mental Health Nursing certification | a: PMH-BC | b: Psychiatric nursing
Wound care certification | a: WCC, CWOCN, WOCN, Wound Care Certified | b: Wound care
Stroke certification | a: NIHSS, NIH Stroke Scale, NIHSS certification | r: Nursing
Chemotherapy Biotherapy certification | a: ONS chemotherapy certification, ONS Chemo/Bio, chemo certified | b: Chemotherapy administration
Certified Case Manager | a: CCM | b: Case management
Certified Diabetes Educator | a: CDCES, CDE | b: Blood glucose monitoring

@kind licence
Medical licence | a: medical license, physician licence, physician license, state medical license, licensed physician, MD license, DO license | b: Patient care
DEA registration | a: DEA license, DEA number, DEA licence | r: Controlled substances handling
EMT | a: Emergency Medical Technician, EMT-B, EMT-Basic, NREMT, EMT certification, EMT license, AEMT | r: Emergency medical services
Paramedic licence | a: paramedic, paramedic license, EMT-P, Nationally Registered Paramedic, NRP-P, licensed paramedic | i: EMT | r: Emergency medical services
Radiologic Technologist licence | a: ARRT, ARRT certified, registered radiologic technologist, radiologic technologist license, RT license | b: Radiography
Registered Respiratory Therapist | a: RRT, CRT, respiratory therapist license, Certified Respiratory Therapist | b: Respiratory therapy
Physical therapist licence | a: PT license, physical therapist license, licensed physical therapist, DPT license | b: Physical therapy
Physical therapist assistant licence | a: PTA license, licensed physical therapist assistant | b: Physical therapy
Occupational therapist licence | a: OTR/L, licensed occupational therapist, OT license, occupational therapist license | b: Occupational therapy
Certified Occupational Therapy Assistant | a: COTA, COTA/L | b: Occupational therapy
Speech-language pathologist licence | a: CCC-SLP, licensed speech-language pathologist, SLP license | b: Speech-language pathology
Registered Dietitian | a: =RD, RDN, registered dietitian nutritionist, registered dietician, LDN | b: Nutrition
Dental hygienist licence | a: RDH, registered dental hygienist, dental hygiene license | b: Dental hygiene
Licensed Massage Therapist | a: LMT, massage therapy license, massage therapist license | b: Massage therapy
Pharmacist licence | a: RPh, licensed pharmacist, registered pharmacist, NAPLEX, pharmacist license | b: Pharmacy operations
Pharmacy technician licence | a: pharmacy technician license, pharmacy tech license, registered pharmacy technician, pharmacy technician registration | b: Pharmacy operations
Licensed Clinical Social Worker | a: LCSW, LICSW, clinical social work license | b: Social work
Licensed Master Social Worker | a: LMSW, LSW, licensed social worker | b: Social work
Licensed Professional Counselor | a: LPC, LPCC, LMHC, licensed mental health counselor, licensed professional counsellor | b: Counseling
Licensed Marriage and Family Therapist | a: LMFT, MFT license | b: Counseling
Psychologist licence | a: licensed psychologist, psychology license, licensed clinical psychologist | b: Mental health care
Optician licence | a: licensed optician, ABO certification, ABOC | b: Optical dispensing
Licensed Veterinarian | a: veterinary license, DVM license, licensed vet | b: Veterinary care

@category nursing | Nursing
Nursing | a: nursing care, clinical nursing, bedside nursing, nursing practice, nursing skills | b: Patient care
Nursing assessment | a: patient assessment, head-to-toe assessment, health assessment, physical assessment, patient assessments | b: Nursing
Care planning | a: nursing care plans, care plans, nursing care planning, nursing care plan, care plan development | b: Nursing
Acute care nursing | a: acute care, medical-surgical nursing, med-surg, med/surg, med-surg nursing | b: Nursing
Critical care nursing | a: ICU nursing, intensive care, ICU, critical care, CCU, intensive care nursing | b: Nursing
Emergency nursing | a: ER nursing, ED nursing, emergency department nursing, emergency room nursing, trauma nursing | b: Nursing
Perioperative nursing | a: OR nursing, operating room nursing, perioperative care, PACU, post-anesthesia care, pre-op, post-op, circulating nurse | b: Nursing
Labor and delivery nursing | a: L&D nursing, obstetric nursing, OB nursing, maternal-child nursing, mother-baby nursing, postpartum nursing | b: Nursing, Obstetrics
Pediatric nursing | a: peds nursing, pediatric nurse, paediatric nursing | b: Nursing, Pediatrics
Neonatal nursing | a: NICU nursing, neonatal intensive care nursing | b: Nursing, Neonatal care
Psychiatric nursing | a: mental health nursing, behavioral health nursing, psych nursing, psychiatric mental health nursing | b: Nursing, Mental health care
Oncology nursing | a: oncology nurse, cancer nursing | b: Nursing, Oncology
Geriatric nursing | a: gerontological nursing, long-term care nursing, LTC nursing, skilled nursing, skilled nursing facility, SNF | b: Nursing, Geriatric care
Home health nursing | a: home care nursing, visiting nurse, home health nurse | b: Nursing, Home health care
Hospice nursing | a: palliative care nursing, hospice nurse | b: Nursing, Hospice care
Community health nursing | a: public health nursing | b: Nursing, Public health
School nursing | a: school nurse | b: Nursing, Pediatrics
Telemetry nursing | a: step-down nursing, progressive care nursing, PCU, step-down unit | b: Nursing, Telemetry
Dialysis nursing | a: nephrology nursing | b: Nursing, Dialysis
Cardiac nursing | a: cardiovascular nursing, cardiac cath lab, cath lab nursing | b: Nursing, Cardiology
Travel nursing | a: travel nurse | b: Nursing
Occupational health nursing | a: occupational health nurse | b: Nursing
Rehabilitation nursing | a: rehab nursing, inpatient rehabilitation | b: Nursing, Physical therapy
Ambulatory care nursing | a: clinic nursing, outpatient nursing, ambulatory care | b: Nursing
Nurse leadership | a: charge nurse, nurse management, nursing leadership, unit management, nursing supervision, nurse manager | b: Nursing
Nursing informatics | a: clinical informatics, nurse informaticist | b: Nursing | r: Electronic health records
Nursing education | a: nurse educator, clinical education, staff education, clinical instruction | b: Nursing
Advanced practice nursing | a: advanced practice, prescriptive authority, diagnosing and prescribing | b: Nursing
Infusion nursing | a: infusion therapy, PICC lines, PICC line, central line care, central lines, port access, infusion nurse | b: Nursing, IV therapy
Medication reconciliation | a: med reconciliation, med rec | b: Medication administration
Patient advocacy | a: patient advocate, advocating for patients | b: Patient care
Rapid response | a: code blue response, rapid response team, code team, code blue, emergency response in hospital | b: Critical care nursing
Sepsis management | a: sepsis protocols, sepsis screening, sepsis bundle | b: Nursing
Restorative care | a: range of motion exercises, ROM exercises, restorative nursing, passive range of motion | b: Nursing
Intake and output monitoring | a: I&O, intake and output, fluid balance monitoring | b: Nursing
Incontinence care | a: perineal care, peri care, bowel and bladder care, continence care | b: Personal care
Pressure injury prevention | a: pressure ulcer prevention, pressure ulcer care, Braden scale, turning and repositioning, skin assessment | b: Wound care
Post-surgical care | a: postoperative care, post-operative care, surgical recovery care | b: Perioperative nursing
Admission and discharge | a: patient admissions and discharges, admissions and discharges, patient discharges | b: Nursing
Shift handoff | a: bedside shift report, SBAR, handoff communication, shift report | b: Nursing
Nursing delegation | a: delegation to CNAs, supervising nursing assistants | b: Nurse leadership
Neurological assessment | a: neuro checks, neuro assessment, Glasgow Coma Scale | b: Nursing assessment
Cardiac rhythm interpretation | a: rhythm interpretation, arrhythmia recognition, dysrhythmia interpretation, ECG rhythm strips | b: Telemetry
Ventilator care | a: vent care, ventilated patients | b: Critical care nursing
Blood transfusion administration | a: blood transfusions, transfusion administration, blood products | b: Nursing
Pain assessment in nursing | a: pain scales, pain reassessment | b: Pain management
Isolation protocols | a: contact precautions, droplet precautions, airborne precautions | b: Infection control
Nursing documentation | a: nursing notes, nurse charting, nursing charting | b: Clinical documentation

@kind licence
Registered Nurse licence | a: =RN, RN licence, RN license, registered nurse license, Registered Nurse, licensed registered nurse, NCLEX-RN, active RN license, compact RN license, multistate RN license, compact nursing license, RN certification | r: Nursing
Licensed Practical Nurse licence | a: LPN, LVN, LPN license, LPN licence, LVN license, licensed practical nurse, licensed vocational nurse, NCLEX-PN | r: Nursing
Nurse practitioner licence | a: !NP, APRN, FNP, family nurse practitioner, nurse practitioner, ANP, AGNP, PMHNP, FNP-BC, FNP-C, AGACNP, NP license, APRN license | i: Registered Nurse licence | b: Advanced practice nursing
Certified Registered Nurse Anesthetist | a: CRNA, nurse anesthetist | i: Registered Nurse licence | b: Anesthesia
Certified Nurse Midwife | a: CNM, nurse midwife | i: Registered Nurse licence | b: Obstetrics
Clinical Nurse Specialist | a: clinical nurse specialist license | i: Registered Nurse licence | b: Advanced practice nursing

@category pharmacy | Pharmacy
Pharmacy operations | a: pharmacy practice, retail pharmacy, community pharmacy, pharmacy services, pharmacy workflow
Prescription processing | a: prescription filling, filling prescriptions, dispensing, medication dispensing, prescription entry, pill counting, prescription intake | b: Pharmacy operations
Prescription verification | a: prescription review, order verification, final verification | b: Pharmacy operations
Compounding | a: sterile compounding, non-sterile compounding, IV compounding, USP 797, USP 795, USP 800, IV admixture | b: Pharmacy operations
Pharmacy inventory management | a: drug inventory, pharmacy inventory, medication inventory, drug ordering | b: Pharmacy operations, Inventory management
Controlled substances handling | a: controlled substances, narcotics count, controlled substance inventory, DEA compliance, CII inventory | b: Pharmacy operations
Pharmacy billing | a: third-party billing, pharmacy claims, insurance claims adjudication, PBM, prescription insurance, pharmacy benefit management | b: Pharmacy operations
Medication therapy management | a: MTM, comprehensive medication review | b: Clinical pharmacy
Clinical pharmacy | a: clinical pharmacist, pharmacotherapy management, antimicrobial stewardship, pharmacokinetics, pharmacokinetic dosing | b: Pharmacy operations
Hospital pharmacy | a: inpatient pharmacy, institutional pharmacy, health-system pharmacy | b: Pharmacy operations
Long-term care pharmacy | a: LTC pharmacy, closed-door pharmacy | b: Pharmacy operations
Specialty pharmacy | a: specialty medications, specialty drugs | b: Pharmacy operations
Mail-order pharmacy | a: central fill, mail-order prescriptions | b: Pharmacy operations
Drug interactions | a: drug interaction screening, DUR, drug utilization review, drug-drug interactions | b: Pharmacology
Medication counseling | a: patient medication counseling, drug counseling, counseling patients on medications | b: Clinical pharmacy
Pharmacy software | a: PioneerRx, QS/1, Rx30, EnterpriseRx, pharmacy management systems, Liberty pharmacy software | b: Pharmacy operations
Medication labeling | a: prescription labeling, prescription labels, auxiliary labels | b: Prescription processing
Pharmaceutical calculations | a: pharmacy math, dosage calculations, dosage calculation, drug calculations, dose calculations | b: Pharmacology
Pharmacy law | a: pharmacy regulations, federal pharmacy law, state pharmacy law, pharmacy jurisprudence | b: Pharmacy operations
Pharmacovigilance | a: drug safety, adverse event reporting, adverse drug reactions | r: Clinical research
Medication synchronization | a: med sync, medication sync | b: Pharmacy operations
Automated dispensing systems | a: Pyxis, Omnicell, automated dispensing cabinets, ScriptPro, Parata | b: Pharmacy operations
Unit dose packaging | a: unit dose, blister packing, blister packs, multi-dose packaging | b: Prescription processing
Prescription transfers | a: transferring prescriptions | b: Prescription processing
Over-the-counter medication advice | a: OTC recommendations, OTC counseling, over-the-counter medications | b: Medication counseling
Drug formulary management | a: formulary management, formulary | b: Clinical pharmacy
Pharmaceutical manufacturing | a: drug manufacturing, pharmaceutical production | r: Good manufacturing practice
Regulatory affairs | a: regulatory submissions, FDA submissions, FDA regulations, regulatory strategy, IND submissions | r: Compliance
Vaccine clinic coordination | a: immunization clinics, flu clinics, flu shot clinics | b: Immunizations
Prescription pricing | a: drug pricing, 340B program, 340B | b: Pharmacy billing
Nuclear pharmacy | a: radiopharmacy, radiopharmaceuticals | b: Pharmacy operations
@category retail | Retail
Retail sales | a: retail, retail experience, sales floor, retail selling, retail sales associate, floor sales | b: Sales
Retail operations | a: store operations, retail management, store administration | r: Retail sales
Cash handling | a: cash register, cashiering, handling cash, money handling, till management, balancing cash drawer, cash drawer, cash register operation, cashier, counting money | b: Point of sale
Point of sale | a: =POS, POS systems, POS system, point-of-sale systems, Square POS, Clover POS, Toast POS, NCR POS, Lightspeed POS | r: Cash handling
Merchandising | a: product merchandising, merchandise display, merchandise presentation | b: Retail sales
Visual merchandising | a: store displays, display setup, visual displays, product displays, window dressing | b: Merchandising
Planograms | a: planogram, planogram implementation, planogram compliance, POG | b: Merchandising
Stocking | a: shelf stocking, restocking, stocking shelves, replenishment, shelf replenishment, facing shelves, facing and zoning | b: Retail operations
Product rotation | a: FIFO rotation, stock rotation, first in first out, FIFO, date checking | b: Stocking
Loss prevention | a: shrink reduction, shrinkage control, asset protection, theft prevention, shoplifting prevention, shrink control | b: Retail operations
Opening and closing procedures | a: store opening, store closing, opening and closing, opening and closing the store | b: Retail operations
Price changes | a: price tagging, markdowns, price checks, price labels, pricing labels, ticketing merchandise | b: Merchandising
Product knowledge | a: knowledge of products, product expertise | b: Retail sales
Upselling | a: upsell, up-selling, cross-selling, suggestive selling, add-on sales | b: Sales
Returns and exchanges | a: processing returns, returns processing, exchanges and refunds, refunds | b: Customer service
Fitting room attendance | a: fitting room, fitting rooms | b: Retail operations
Store layout | a: floor sets, floorsets, store setup, store resets, sets and resets | b: Visual merchandising
Retail buying | a: merchandise buying, assortment planning, product assortment | r: Merchandising
Category management | a: category manager, category analysis | b: Retail buying
Open-to-buy planning | a: OTB planning, open to buy | b: Retail buying
Merchandise planning | a: merchandise planner, merchandise allocation | b: Retail buying
Key holding | a: keyholder, key holder, key holding responsibilities | b: Retail operations
Gift wrapping | a: gift wrap | b: Customer service
Produce handling | a: produce department, produce rotation, produce stocking | b: Food handling
Deli operations | a: deli slicer, deli counter, meat slicer, deli | b: Food preparation
Meat cutting | a: butchery, butchering, meat processing, meat cutter, butcher | b: Food preparation
Bakery operations | a: in-store bakery, bakery clerk | b: Baking
E-commerce | a: ecommerce, online retail, online store management, online sales, e-commerce operations, e-commerce management, online marketplaces | r: Retail sales
Amazon Seller Central | a: Amazon FBA, Amazon marketplace, selling on Amazon, Amazon Vendor Central | b: E-commerce
eBay selling | a: eBay, Etsy, Etsy shop | b: E-commerce
Age verification | a: ID checking, checking IDs, ID verification, carding | b: Retail operations
Customer loyalty programs | a: loyalty programs, rewards programs, loyalty program enrollment, loyalty program | r: Customer retention
Luxury retail | a: clienteling, high-end retail | b: Retail sales
Cosmetics sales | a: beauty advisor, beauty consultant, cosmetics, skincare sales | b: Retail sales
Store maintenance | a: store cleanliness, store recovery, recovery of sales floor | b: Retail operations
Sales floor management | a: floor management, floor supervision, department management | b: Retail operations
Retail inventory audits | a: inventory audits, physical inventory, RGIS | b: Inventory management
Receiving merchandise | a: truck unloading in retail, freight processing, processing freight, stocking freight | b: Stocking
Online order pickup | a: buy online pick up in store, BOPIS, click and collect, curbside pickup, online order fulfillment | b: Retail operations
Price scanning | a: scanning items, item scanning, UPC scanning | b: Cash handling
Self-checkout assistance | a: self-checkout, self checkout monitoring | b: Cash handling
Layaway | a: layaway processing | b: Retail operations
Customer checkout | a: checkout operations, bagging groceries, bagging | b: Cash handling
Store security | a: store detective, retail security | b: Loss prevention
Pharmacy retail support | a: pharmacy cashier, pharmacy clerk | b: Retail sales | r: Pharmacy operations
Auto parts sales | a: automotive parts, parts counter, auto parts | b: Retail sales
Home improvement retail | a: hardware store, building materials sales, lumber sales | b: Retail sales
Furniture sales | a: mattress sales, home furnishings | b: Retail sales
Electronics sales | a: consumer electronics sales, mobile phone sales, cell phone sales, wireless sales | b: Retail sales
Shoe fitting | a: footwear sales, shoe sales | b: Retail sales
Optical retail | a: eyewear sales, frame styling | b: Retail sales
Grocery operations | a: grocery, grocery store, supermarket operations | b: Retail operations

@category hospitality | Hospitality and food service
Cooking | a: culinary skills, culinary arts, line cooking, short-order cooking, line cook, prep cook, cook, cooking skills, short order cook | r: Food preparation
Food preparation | a: food prep, prep work, meal preparation, ingredient preparation, food production | b: Cooking
Knife skills | a: knife work, knife handling | b: Food preparation
Baking | a: pastry, pastry arts, bread baking, bread making, baker, pastry chef, baked goods | b: Cooking
Cake decorating | a: cake design, cake decoration | b: Baking
Grilling | a: grill cooking, char-broiling, flat-top grill, grill | b: Cooking
Frying | a: deep frying, fryer operation, fryers, fryer | b: Cooking
Sautéing | a: sauté, saute, sauteing, sauté station | b: Cooking
Sauce making | a: sauces, saucier | b: Cooking
Pizza making | a: pizza cook, pizza dough, pizza maker | b: Cooking
Sushi preparation | a: sushi chef, sushi making | b: Cooking
Menu planning | a: menu development, menu design, recipe development, menu creation | b: Cooking
Recipe costing | a: food costing, food cost control, plate costing, food cost | b: Menu planning
Food presentation | a: plating, food plating, garnishing | b: Cooking
Food handling | a: safe food handling, food handler, handling food | b: Food safety
Food safety | a: food safety standards, food hygiene, food safety practices, temperature logs, food temperature control | r: ServSafe Food Protection Manager
HACCP | a: Hazard Analysis Critical Control Point, HACCP plans, HACCP certification | b: Food safety
Sanitation | a: kitchen sanitation, cleaning and sanitizing, sanitation procedures, sanitation standards | b: Food safety
Dishwashing | a: dish washing, dishwasher operation, warewashing, pot washing, dishwasher, dish machine | b: Sanitation
Kitchen management | a: back of house management, BOH management, kitchen operations, kitchen manager, back of house, BOH | r: Cooking
Chef skills | a: sous chef, executive chef, head chef, chef de cuisine, chef | b: Kitchen management
Expediting | a: food expediting, ticket expediting, expeditor, expediter | b: Kitchen management
Food inventory management | a: food ordering, kitchen inventory, food storage, walk-in organization | b: Kitchen management
Catering | a: catering services, event catering, off-site catering, catering operations | r: Event planning
Banquet service | a: banquets, banquet serving, banquet setup, banquet server | b: Food and beverage service
Food and beverage service | a: F&B service, F&B, food and beverage, food service, foodservice, front of house, FOH | r: Cooking
Table service | a: waiting tables, server duties, fine dining service, restaurant service, table waiting, waitressing, waiting staff, waiter, waitress | b: Food and beverage service
Bussing | a: bussing tables, busser, busing tables, table bussing | b: Food and beverage service
Restaurant hosting | a: host/hostess, seating guests, greeting and seating guests, hostess, restaurant host | b: Food and beverage service
Order taking | a: taking orders, order accuracy, taking food orders | b: Food and beverage service
Bartending | a: bartender, cocktail making, drink mixing, mixology, bar service, bar back, barback | b: Food and beverage service
Barista skills | a: barista, espresso preparation, latte art, coffee preparation, espresso drinks, coffee brewing, espresso machine | b: Food and beverage service
Wine knowledge | a: wine service, wine pairing, sommelier, wine sales, wine and spirits | b: Food and beverage service
Responsible alcohol service | a: responsible beverage service, alcohol awareness, responsible serving of alcohol, responsible vendor training | b: Bartending
Quick service restaurant operations | a: QSR, fast food, fast-food service, quick service, quick-service restaurant | b: Food and beverage service
Drive-thru operations | a: drive-thru, drive through | b: Quick service restaurant operations
Food delivery | a: DoorDash, Uber Eats, Grubhub, food delivery driver | b: Last-mile delivery
Cafeteria service | a: cafeteria, school cafeteria, tray line, dietary aide, food service worker | b: Food and beverage service
Food truck operations | a: food truck | b: Food and beverage service
Room service | a: in-room dining | b: Food and beverage service
Hotel operations | a: hotel management, lodging operations, hospitality management, rooms division, hospitality operations, hospitality | 
Front desk operations | a: hotel front desk, front desk agent, guest check-in, check-in and check-out, guest registration, night audit, night auditor | b: Hotel operations
Housekeeping | a: room cleaning, hotel housekeeping, room attendant, turndown service, housekeeper, making beds | b: Hotel operations
Laundry operations | a: laundry, linen services, commercial laundry, folding linens, laundry attendant | b: Housekeeping
Concierge services | a: concierge, guest services, guest service agent | b: Hotel operations
Reservations | a: reservation management, booking reservations, reservation systems, OpenTable, Resy, reservation agent | b: Hotel operations
Property management systems | a: hotel PMS, Opera PMS, Oracle Opera, Oracle Hospitality OPERA, Cloudbeds, RoomKey | b: Hotel operations
Hospitality revenue management | a: yield management, hotel revenue management, rate management | b: Hotel operations
Guest relations | a: guest experience, guest satisfaction, guest service, guest relations management, hospitality service | b: Customer service
Event planning | a: event management, event coordination, event organizing, event planner, events management, event logistics, event organization | r: Catering
Wedding planning | a: wedding coordination, wedding planner | b: Event planning
Conference planning | a: meeting planning, conference management, convention services, meeting and event planning | b: Event planning
Venue management | a: venue operations, venue coordination | b: Event planning
Tourism | a: travel and tourism, travel industry, tour operations, tourism management | 
Tour guiding | a: tour guide, guided tours, tour leading, tour guide services | b: Tourism
Travel agent skills | a: travel agent, travel consulting, itinerary planning, GDS, Sabre GDS, Amadeus GDS, travel consultant | b: Tourism
Casino gaming | a: table games, blackjack dealing, casino dealer, croupier, poker dealing | b: Tourism
Cruise ship hospitality | a: cruise ship, cruise line operations | b: Tourism
Resort operations | a: resort management, resort activities | b: Hotel operations
Spa operations | a: spa management, spa reception, spa services | b: Hotel operations
Valet parking | a: valet, valet attendant, parking attendant | b: Hotel operations
Bell services | a: bellhop, bellman, bell desk, luggage handling | b: Hotel operations
Vacation rental management | a: Airbnb hosting, short-term rental management, Airbnb, vacation rentals | b: Hotel operations
Allergen awareness | a: food allergen awareness, allergen training, AllerTrain, allergen management | b: Food safety
Coffee roasting | a: coffee roaster | b: Barista skills
Brewing | a: beer brewing, craft brewing, brewery operations, homebrewing, brewer | r: Bartending
Food styling | a: food photography styling | b: Food presentation
Nutrition labeling | a: food labeling, nutrition labels | b: Food safety
Institutional food service | a: hospital food service, school food service, healthcare food service | b: Food and beverage service
Restaurant management | a: restaurant manager, restaurant operations, general manager restaurant, shift leading in restaurants | b: Food and beverage service
Cash out procedures | a: closing out tills, cashing out, end of shift reconciliation | b: Cash handling

@kind certification
ServSafe Food Protection Manager | a: ServSafe, ServSafe Manager, ServSafe certified, ServSafe certification, Food Protection Manager certification, certified food protection manager, CFPM, food manager certification | b: Food safety | i: Food handler card
ServSafe Alcohol | a: ServSafe Alcohol certification, ServSafe Alcohol certified | b: Responsible alcohol service
Food handler card | a: food handler's card, food handler certificate, food handler permit, food handlers permit, ServSafe Food Handler, food handler certification, food handlers certificate | b: Food safety
TIPS certification | a: TIPS certified, TIPS alcohol certification, Training for Intervention Procedures, TIPS training | b: Responsible alcohol service
Alcohol server permit | a: RBS certification, alcohol server certification, TABC certification, TABC certified, bartender license, bartending license, alcohol server license, RBSS | b: Responsible alcohol service | k: licence
Certified Sommelier | a: Court of Master Sommeliers, WSET, WSET Level 2, WSET Level 3 | b: Wine knowledge
Certified Hospitality Supervisor | a: AHLEI certification | b: Hotel operations
Certified Meeting Professional | a: CMP | b: Conference planning
Certified Dietary Manager | a: CDM, CDM CFPP | b: Institutional food service

@category logistics | Logistics, warehouse and transport
Logistics | a: logistics management, logistics operations, logistics coordination, logistics planning | r: Supply chain management
Supply chain management | a: supply chain, SCM, supply chain operations, supply chain planning, supply chain logistics | r: Logistics, Procurement
Warehouse operations | a: warehousing, warehouse management, warehouse work, distribution center operations, DC operations, fulfillment center, warehouse associate, distribution center | b: Logistics
Inventory management | a: inventory control, stock control, inventory tracking, stock management, inventory, inventory reconciliation, inventory management systems | b: Supply chain management
Cycle counting | a: cycle counts, physical inventory counts, stock counts, inventory counts, stock taking, stocktaking | b: Inventory management
Shipping and receiving | a: shipping, shipping & receiving, receiving deliveries, inbound and outbound shipping, inbound receiving, outbound shipping, inbound and outbound, shipping clerk, receiving clerk | b: Warehouse operations
Order picking | a: pick and pack, order selection, order picker, picking and packing, order pulling, order selector, pick/pack | b: Warehouse operations
Order packing | a: packing orders, packing and shipping, box packing, packer, packaging orders | b: Warehouse operations
Order fulfillment | a: fulfillment, e-commerce fulfillment, order processing, order fulfilment | b: Warehouse operations
Palletizing | a: pallet building, pallet wrapping, stretch wrapping, shrink wrapping, building pallets | b: Warehouse operations
Loading and unloading | a: loading trucks, unloading trucks, truck loading, truck unloading, freight handling, lumping | b: Warehouse operations
Material handling | a: materials handling, manual material handling, material handler | b: Warehouse operations
Forklift operation | a: forklift, forklift operator, forklift driving, sit-down forklift, stand-up forklift, reach truck, reach truck operation, forklifts, counterbalance forklift, cherry picker | b: Material handling
Pallet jack operation | a: pallet jack, electric pallet jack, manual pallet jack, pallet truck, pallet jacks, walkie rider | b: Material handling
Heavy lifting | a: lifting heavy objects, lifting 50 lbs, lift 50 lbs, ability to lift 50 pounds, manual labor, physical labor, manual labour | r: Material handling
RF scanning | a: RF scanner, RF gun, handheld scanner, barcode scanning, barcode scanners, scanner guns, RF scanners | b: Warehouse operations
Warehouse management systems | a: WMS, Manhattan WMS, Manhattan Associates, Blue Yonder, HighJump, SAP EWM, Körber | b: Warehouse operations
Dock operations | a: dock work, dock scheduling, cross-docking, dock worker | b: Warehouse operations
Yard management | a: yard jockey, yard driver, yard spotting, hostler, yard operations | b: Warehouse operations
Kitting | a: kit assembly, kitting operations | b: Warehouse operations
Freight management | a: freight coordination, freight logistics, freight operations, freight | b: Logistics
Freight brokerage | a: freight broker, load brokering, freight brokering | b: Freight management
Load planning | a: load optimization, trailer loading plans, load building | b: Freight management
Route planning | a: route optimization, route scheduling, delivery routing, route management | b: Logistics
Dispatching | a: dispatch, truck dispatching, fleet dispatch, dispatcher, load dispatching, delivery dispatch | b: Logistics
Fleet management | a: fleet operations, fleet maintenance management, vehicle fleet management, fleet tracking, Samsara | b: Logistics
Transportation management systems | a: TMS, McLeod, MercuryGate, Oracle TMS | b: Logistics
Last-mile delivery | a: final-mile delivery, package delivery, parcel delivery, delivery driving, delivery driver, route delivery, multi-drop delivery | b: Logistics
Courier services | a: courier, messenger delivery, bike courier | b: Last-mile delivery
Commercial driving | a: truck driving, truck driver, tractor-trailer driving, OTR driving, over-the-road trucking, regional driving, local delivery driving, long-haul trucking, trucking, semi truck driving, 18-wheeler | b: Logistics
Defensive driving | a: safe driving, defensive driving course, safe driving record, clean driving record, Smith System | r: Commercial driving
Pre-trip inspections | a: pre-trip inspection, post-trip inspections, vehicle inspections, DVIR, pre and post trip inspections, pre-trip and post-trip inspections | b: Commercial driving
Hours of service compliance | a: hours of service, HOS, HOS compliance, logbook, driver logs | b: DOT regulations
Electronic logging devices | a: ELD, ELDs, ELD compliance, KeepTruckin, Motive ELD | b: Hours of service compliance
DOT regulations | a: DOT compliance, FMCSA regulations, FMCSA compliance, Department of Transportation regulations, DOT rules | b: Commercial driving
Hazardous materials transport | a: hazmat transport, hazmat handling, dangerous goods, DG shipping, IATA DGR, hazardous materials handling, hazmat shipping | b: Commercial driving
Trailer backing | a: backing trailers, straight-line backing, alley docking, 90-degree backing | b: Commercial driving
Flatbed hauling | a: flatbed, flatbed trucking, load securement, tarping, cargo securement | b: Commercial driving
Reefer hauling | a: reefer, refrigerated freight, reefer trailers, refrigerated trucking | b: Commercial driving
Tanker hauling | a: tanker driving, tanker truck, tanker trucking | b: Commercial driving
Box truck driving | a: box truck, straight truck, 26-foot box truck | b: Commercial driving
Bus driving | a: bus driver, school bus driving, transit bus operation, motorcoach, coach driving | b: Commercial driving
Van driving | a: cargo van, sprinter van, delivery van | b: Last-mile delivery
Dump truck driving | a: dump truck, end dump, tri-axle dump truck | b: Commercial driving
Car hauling | a: auto transport, car carrier | b: Commercial driving
Manual transmission | a: stick shift, 10-speed manual, 13-speed transmission | b: Commercial driving
International trade | a: import/export, importing and exporting, global trade, trade compliance, import export | r: Logistics
Customs brokerage | a: customs clearance, customs compliance, import/export compliance, customs documentation, customs entries | b: International trade
Incoterms | b: International trade
Harmonized tariff codes | a: HTS codes, HS codes, tariff classification, HTS classification | b: Customs brokerage
Freight forwarding | a: freight forwarder, ocean freight, air freight, sea freight | b: International trade
Bill of lading | a: bills of lading, BOL, shipping documentation, shipping documents, shipping paperwork | b: Shipping and receiving
Demand forecasting | a: demand planning, supply planning, S&OP, sales and operations planning | b: Supply chain management
Procurement | a: purchasing, strategic sourcing, purchase orders, vendor sourcing, procurement management, purchasing management, buying and procurement | r: Supply chain management
Vendor management | a: supplier management, vendor relations, supplier relationship management, vendor relationships, SRM, supplier relations | b: Procurement
Contract negotiation with suppliers | a: supplier negotiation, vendor negotiation, vendor negotiations, supplier negotiations | b: Procurement | r: Negotiation
Materials planning | a: MRP, material requirements planning, materials management, material planning | b: Supply chain management
Reverse logistics | a: returns management, return to vendor, RTV | b: Logistics
Cold chain | a: cold chain logistics, temperature-controlled logistics, cold storage | b: Logistics
Third-party logistics | a: 3PL, 3PLs | b: Logistics
Parcel carriers | a: UPS WorldShip, FedEx Ship Manager, carrier management, small parcel shipping, carrier relations | b: Shipping and receiving
Container handling | a: shipping containers, container loading, devanning, container unloading | b: Loading and unloading
Port operations | a: longshoreman, stevedoring, terminal operations, marine terminal | b: Logistics
Rail logistics | a: rail freight, intermodal, intermodal transport | b: Logistics
Air cargo handling | a: air cargo, ramp agent, cargo handling, ground handling | b: Logistics
Aviation ground operations | a: aircraft marshalling, aircraft fueling, baggage handling, ramp operations | r: Air cargo handling
Inventory replenishment | a: reordering, reorder points, min/max levels, par levels | b: Inventory management
Lean warehousing | a: 5S in warehouse, warehouse optimization, slotting, warehouse layout | b: Warehouse operations | r: Lean manufacturing
Quality control in warehouse | a: order audits, quality checks, package inspection | b: Warehouse operations
Labeling and shipping compliance | a: shipping labels, label printing for shipments, carrier compliance | b: Shipping and receiving
Mail carrier duties | a: mail carrier, letter carrier, mail delivery, postal delivery, rural carrier | b: Last-mile delivery
Moving services | a: mover, furniture moving, residential moving, relocation services, packing and moving | r: Loading and unloading
Tow truck operation | a: towing, tow truck driver, wrecker operation, roadside assistance | b: Commercial driving
Heavy haul | a: oversize loads, oversized load, heavy haul trucking, lowboy | b: Commercial driving
Logistics software | a: ShipStation, Shippo, ShipBob, freight software | b: Logistics
Drone operation | a: drone piloting, UAV operation, unmanned aircraft operation, drone pilot | r: Aviation ground operations

@kind licence
Driver's license | a: valid driver's license, driver's licence, valid driver's licence, driving licence, driving license, valid driving licence, valid driving license, full driving licence | r: Defensive driving
Commercial driver's license | a: CDL, commercial driver license, commercial driver licence, CDL license, CDL licence, CDL holder, valid CDL | b: Commercial driving | i: Driver's license
CDL Class A | a: Class A CDL, CDL-A, Class A commercial driver's license, Class A commercial driver license, Class A license, Class A licence, CDL A license, Class A driver | b: Commercial driving | i: CDL Class B, Commercial driver's license
CDL Class B | a: Class B CDL, CDL-B, Class B commercial driver's license, Class B license, Class B licence, CDL B license | b: Commercial driving | i: Commercial driver's license
CDL Class C | a: Class C CDL, CDL-C | b: Commercial driving | i: Commercial driver's license
Hazmat endorsement | a: H endorsement, hazardous materials endorsement, HAZMAT endorsed, X endorsement | b: Hazardous materials transport
Tanker endorsement | a: N endorsement, tank vehicle endorsement | b: Tanker hauling
Doubles/triples endorsement | a: T endorsement, doubles and triples endorsement, doubles triples | b: Commercial driving
Passenger endorsement | a: P endorsement | b: Bus driving
School bus endorsement | a: S endorsement | b: Bus driving
TWIC card | a: TWIC, Transportation Worker Identification Credential | b: Port operations
Customs broker licence | a: licensed customs broker, LCB, customs broker license | b: Customs brokerage
Part 107 remote pilot certificate | a: Part 107, FAA Part 107, remote pilot certificate, FAA drone license | b: Drone operation
Chauffeur licence | a: chauffeur license, chauffeur's license, for-hire license | r: Driver's license

@kind certification
DOT medical card | a: DOT medical certificate, DOT physical, medical examiner's certificate, DOT med card, DOT medical card holder | b: Commercial driving
Forklift certification | a: forklift certified, forklift license, forklift licence, OSHA forklift certification, certified forklift operator, forklift operator certification, forklift certificate, forklift cert | b: Forklift operation
Pallet jack certification | a: pallet jack certified, electric pallet jack certification | b: Pallet jack operation
Dangerous goods certification | a: IATA dangerous goods certification, DG certification, hazmat certification, 49 CFR training, DOT hazmat training | b: Hazardous materials transport
Certified Supply Chain Professional | a: CSCP, APICS CSCP | b: Supply chain management
CPIM | a: Certified in Planning and Inventory Management, APICS CPIM | b: Inventory management
Certified in Logistics Transportation and Distribution | a: CLTD, APICS CLTD | b: Logistics
Certified Professional in Supply Management | a: CPSM | b: Procurement
Certified Purchasing Manager | a: Certified Professional Purchasing Manager | b: Procurement
Smith System certification | a: Smith System trained | b: Defensive driving
@category finance | Finance and accounting
Accounting | a: accountancy, financial accounting, accounting principles, accounting operations, general accounting
Bookkeeping | a: bookkeeper, full-cycle bookkeeping, book keeping, full charge bookkeeping | b: Accounting
Accounts payable | a: A/P, AP processing, vendor payments, invoice processing, accounts payable processing, AP specialist, AP clerk, three-way match | b: Accounting
Accounts receivable | a: A/R, invoicing, cash application, AR management, accounts receivable management, AR specialist | b: Accounting
Billing | a: billing operations, billing processes, client billing, billing and invoicing, billing specialist | b: Accounts receivable
Collections | a: debt collection, collections calls, accounts receivable collections, past due accounts, credit control, collection calls, debt recovery | b: Accounts receivable
General ledger | a: GL, GL accounting, general ledger accounting, GL reconciliation, journal entries, chart of accounts | b: Accounting
Account reconciliation | a: reconciliations, bank reconciliation, bank reconciliations, balance sheet reconciliation, account reconciliations, reconciling accounts | b: Accounting
Month-end close | a: month-end closing, financial close, year-end close, period-end close, month-end, quarter-end close | b: Accounting
Financial reporting | a: financial statements, financial statement preparation, external reporting, management reporting, financial reports | b: Accounting
SEC reporting | a: 10-K, 10-Q, SEC filings, XBRL | b: Financial reporting
GAAP | a: US GAAP, Generally Accepted Accounting Principles | b: Accounting
IFRS | a: International Financial Reporting Standards | b: Accounting
Cost accounting | a: cost analysis, standard costing, costing, product costing, activity-based costing | b: Accounting
Management accounting | a: managerial accounting | b: Accounting
Fixed asset accounting | a: fixed assets, depreciation, asset accounting, fixed asset management | b: Accounting
Revenue recognition | a: ASC 606, IFRS 15 | b: Accounting
Lease accounting | a: ASC 842, IFRS 16 | b: Accounting
Financial consolidation | a: consolidations, intercompany accounting, intercompany reconciliation, intercompany transactions | b: Accounting
Fund accounting | a: nonprofit accounting, grant accounting, governmental accounting, government accounting | b: Accounting
Payroll | a: payroll processing, payroll administration, payroll management, payroll accounting, payroll taxes, payroll specialist | b: Accounting | r: ADP
ADP | a: ADP Workforce Now, ADP Payroll, ADP Run | b: Payroll
Paychex | a: Paychex Flex | b: Payroll
=Gusto | a: Gusto payroll | b: Payroll
UKG | a: Kronos, UKG Pro, UKG Ready, Ultipro | b: Payroll | r: Timekeeping
Taxation | a: tax accounting, tax compliance, corporate tax, corporate taxation, tax law compliance | 
Tax preparation | a: tax returns, income tax preparation, tax filing, individual tax returns, 1040 preparation, tax preparer, tax return preparation | b: Taxation
Sales tax | a: sales and use tax, VAT, GST, indirect tax | b: Taxation
Tax planning | a: tax strategy, tax advisory | b: Taxation
Tax software | a: Lacerte, ProSeries, UltraTax, Drake Tax, TurboTax, CCH Axcess, ProConnect | b: Tax preparation
Auditing | a: audit, internal audit, external audit, financial audit, audits, audit procedures, financial auditing, auditor | b: Accounting
Internal controls | a: SOX compliance, Sarbanes-Oxley, =SOX, internal control, control testing, SOX 404, SOX testing | b: Auditing
Forensic accounting | a: fraud examination, fraud investigation, fraud detection | b: Auditing
Budgeting | a: budget management, budget preparation, budget planning, budgets, budget development, budget tracking, budget control | r: Financial forecasting
Financial forecasting | a: forecasting, financial projections, rolling forecasts, cash flow forecasting | b: Financial planning and analysis
Financial planning and analysis | a: FP&A, financial planning & analysis | r: Budgeting
Financial analysis | a: financial statement analysis, ratio analysis, profitability analysis, P&L analysis | b: Corporate finance
Financial modeling | a: financial modelling, three-statement modeling, 3-statement model, LBO modeling, LBO | b: Financial analysis
Variance analysis | a: budget variance analysis, budget vs actual, budget versus actual | b: Financial planning and analysis
P&L management | a: profit and loss management, P&L responsibility, P&L, profit and loss | b: Financial analysis
Valuation | a: business valuation, company valuation, DCF, discounted cash flow, comparable company analysis, DCF modeling | b: Corporate finance
Corporate finance | a: capital structure, capital budgeting, capital allocation | r: Financial analysis
Mergers and acquisitions | a: M&A, mergers & acquisitions, M&A integration | b: Corporate finance
Due diligence | a: financial due diligence, legal due diligence, commercial due diligence | r: Mergers and acquisitions
Investment banking | a: capital raising, IPO, equity capital markets, debt capital markets | b: Corporate finance
Private equity | a: buyouts, PE investing, private equity investing | r: Investment banking
Venture capital | a: startup investing, VC investing, angel investing | r: Private equity
Equity research | a: stock research, sell-side research, buy-side research | b: Investment analysis
Investment analysis | a: investment research, securities analysis, investment management, investment appraisal | r: Portfolio management
Portfolio management | a: asset management, portfolio construction, asset allocation, portfolio analysis | b: Investment analysis
Wealth management | a: financial advising, personal financial planning, retirement planning, financial advisor, private banking | r: Portfolio management
Capital markets | a: securities, financial markets | 
Fixed income | a: bonds, bond markets, fixed-income securities, credit markets | b: Capital markets
Equities | a: equity trading, equity markets, stock market | b: Capital markets
Derivatives | a: options trading, futures, derivatives trading, futures trading, swaps trading | b: Capital markets
Securities trading | a: stock trading, trade execution, trading operations, day trading | b: Capital markets
Foreign exchange | a: forex, currency trading, FX trading | b: Capital markets
Trade settlement | a: trade operations, middle office, back office operations, reconciliation of trades | b: Capital markets
Risk management | a: financial risk management, enterprise risk management, ERM, risk mitigation, risk control | r: Risk assessment
Credit analysis | a: credit risk analysis, credit assessment, credit review, credit underwriting, credit evaluation | b: Risk management
Credit risk | a: credit risk management, credit risk modeling | b: Risk management
Market risk | a: VaR, value at risk, market risk management | b: Risk management
Operational risk | a: op risk, operational risk management | b: Risk management
Underwriting | a: loan underwriting, insurance underwriting, mortgage underwriting, underwriter, commercial underwriting | r: Credit analysis
Loan processing | a: loan origination, mortgage processing, loan officer, mortgage lending, lending, loan servicing, mortgage loan processing | b: Banking
Banking | a: retail banking, bank operations, banking operations, commercial banking, consumer banking | 
Bank teller operations | a: teller, bank teller, teller transactions, cash transactions, teller operations, vault management | b: Banking, Cash handling
Branch banking | a: personal banker, branch operations, new account opening, account opening | b: Banking
Anti-money laundering | a: AML, BSA/AML, Bank Secrecy Act, AML compliance, transaction monitoring, OFAC screening, sanctions screening | b: Financial compliance
Know your customer | a: KYC, customer due diligence, CDD, enhanced due diligence, client onboarding checks | b: Anti-money laundering
Financial compliance | a: regulatory reporting, financial regulations, FINRA rules, banking regulations, Dodd-Frank, Basel III | b: Compliance
Expense reporting | a: expense reports, expense management, T&E, travel and expense, Concur, SAP Concur, Expensify | b: Accounting
Treasury management | a: treasury, cash management, cash flow management, liquidity management, cash forecasting, treasury operations | b: Corporate finance
Insurance | a: insurance industry, insurance products, insurance operations | 
Claims processing | a: insurance claims, claims adjusting, claims handling, claims adjudication, claims management, claims adjuster, claims examiner | b: Insurance
Insurance sales | a: selling insurance, life insurance sales, P&C sales, insurance agent, insurance producer | b: Insurance, Sales
Actuarial science | a: actuarial analysis, actuarial modeling, actuarial work | b: Insurance, Statistical analysis
Insurance policy administration | a: policy administration, policy servicing, policy issuance, endorsements processing | b: Insurance
Accounting software | a: accounting systems, accounting packages, accounting applications | b: Accounting
Xero | b: Accounting software
FreshBooks | b: Accounting software
Wave Accounting | a: Wave Financial | b: Accounting software
Sage accounting | a: Sage 50, Sage 100, Sage 300, Sage Intacct, Peachtree | b: Accounting software
Bill.com | a: BILL.com AP | b: Accounts payable
Bloomberg Terminal | a: Bloomberg, Bloomberg Professional | b: Capital markets
FactSet | b: Investment analysis
Capital IQ | a: S&P Capital IQ, CapIQ | b: Investment analysis
PitchBook | b: Private equity
Oracle Hyperion | a: Hyperion, Hyperion Planning, Essbase, Hyperion Financial Management, HFM | b: Financial planning and analysis
Workday Adaptive Planning | a: Adaptive Insights, Adaptive Planning | b: Financial planning and analysis
Anaplan | b: Financial planning and analysis
BlackLine | b: Account reconciliation
Financial literacy | a: money management, personal finance | r: Budgeting
Payment processing | a: credit card processing, merchant services, card payments, payment systems, ACH, wire transfers, ACH transfers | r: Point of sale
Cryptocurrency | a: crypto, digital assets, Bitcoin, DeFi | r: Blockchain development
Cost reduction | a: cost savings, cost optimization, cost control, cost containment, cost cutting | r: Budgeting
Pricing strategy | a: pricing, price optimization, pricing analysis, pricing models | r: Financial analysis
Procure to pay | a: P2P, purchase to pay, procure-to-pay process | b: Accounts payable
Order to cash | a: O2C, order-to-cash process | b: Accounts receivable
Record to report | a: R2R | b: Accounting
Grant management | a: grants management, grant administration, grant compliance | r: Fund accounting
Audit preparation | a: audit support, audit readiness, preparing audit schedules | b: Auditing
Mortgage servicing | a: loss mitigation, loan modifications, escrow analysis | b: Loan processing
Credit card operations | a: card operations, chargebacks, dispute resolution for cards, chargeback processing | b: Banking
Commercial lending | a: commercial loans, business lending, SBA lending, SBA loans | b: Loan processing
Financial services | a: financial services industry, financial products | r: Banking
Economic analysis | a: economics, economic research, macroeconomics, microeconomics, economic modeling | r: Econometrics
Quantitative finance | a: quant finance, quantitative trading, algorithmic trading, stochastic calculus | b: Capital markets | r: Quantitative analysis
Real estate finance | a: commercial real estate finance, real estate investment analysis, CRE finance | b: Corporate finance
Nonprofit financial management | a: nonprofit finance | b: Fund accounting

@kind licence
Certified Public Accountant | a: CPA, CPA license, licensed CPA, CPA licence, CPA certified, certified public accountant license | b: Accounting
Enrolled Agent | a: IRS Enrolled Agent | b: Taxation
Series 7 | a: FINRA Series 7, Series 7 license, General Securities Representative | b: Securities trading
Series 63 | a: FINRA Series 63, Series 63 license, Uniform Securities Agent | b: Securities trading
Series 65 | a: Series 65 license, Investment Adviser Representative | b: Wealth management
Series 66 | a: Series 66 license | b: Wealth management | i: Series 63
Series 24 | a: Series 24 license, General Securities Principal | b: Securities trading
SIE exam | a: Securities Industry Essentials | b: Securities trading
Life and health insurance licence | a: life and health license, life insurance license, health insurance license, L&H license, life and health insurance license | b: Insurance
Property and casualty insurance licence | a: P&C license, property and casualty license, P&C licence, property and casualty insurance license | b: Insurance
Insurance adjuster licence | a: adjuster license, claims adjuster license, independent adjuster license | b: Claims processing
NMLS licence | a: NMLS, mortgage loan originator license, MLO license, NMLS licensed | b: Loan processing

@kind certification
Chartered Accountant | a: ACCA, chartered certified accountant, ICAEW, CPA Canada, CA designation | b: Accounting
Certified Management Accountant | a: IMA CMA, CMA designation | b: Management accounting
Chartered Financial Analyst | a: CFA, CFA charterholder, CFA Level I, CFA Level II, CFA Level III | b: Investment analysis
Certified Financial Planner | a: CFP, CFP certification | b: Wealth management
Certified Internal Auditor | a: IIA certification, CIA certification | b: Auditing
Certified Fraud Examiner | a: CFE | b: Forensic accounting
AIPB Certified Bookkeeper | a: certified bookkeeper | b: Bookkeeping
Certified Payroll Professional | a: APA CPP | b: Payroll
Fundamental Payroll Certification | a: FPC | b: Payroll
QuickBooks ProAdvisor | a: QuickBooks Certified User, QuickBooks certification, ProAdvisor, QuickBooks certified | b: QuickBooks
Certified Anti-Money Laundering Specialist | a: CAMS | b: Anti-money laundering
Financial Risk Manager | a: FRM, GARP FRM | b: Risk management
Chartered Alternative Investment Analyst | a: CAIA | b: Investment analysis
Certified Treasury Professional | a: CTP | b: Treasury management
Chartered Property Casualty Underwriter | a: CPCU | b: Insurance
Society of Actuaries credentials | a: Fellow of the Society of Actuaries, Associate of the Society of Actuaries, SOA exams, actuarial exams, Casualty Actuarial Society | b: Actuarial science
Chartered Life Underwriter | a: CLU | b: Insurance
Certified Government Financial Manager | a: CGFM | b: Fund accounting
Certified Credit Professional | a: credit professional certification | b: Credit analysis

@category trades | Skilled trades
Electrical wiring | a: electrical installation, wiring, electrical work, electrician work, electrician, house wiring, building wiring
Residential wiring | a: residential electrical, residential electrical work | b: Electrical wiring
Commercial electrical | a: commercial wiring, commercial electrical work | b: Electrical wiring
Industrial electrical | a: industrial wiring, industrial electrician, industrial electrical work | b: Electrical wiring
Electrical troubleshooting | a: electrical diagnostics, electrical fault finding, fault finding, electrical repair | b: Electrical wiring, Troubleshooting
National Electrical Code | a: NEC, NEC code, electrical code, electrical codes, NFPA 70 | b: Electrical wiring
Conduit bending | a: conduit installation, EMT conduit, rigid conduit | b: Electrical wiring
Electrical panels | a: panel installation, breaker panels, panel upgrades, service upgrades, load centers, switchgear, circuit breakers | b: Electrical wiring
Motor controls | a: motor control, motor control circuits, VFDs, variable frequency drives, motor starters, VFD | b: Industrial electrical
Low-voltage wiring | a: low voltage, low-voltage systems, security system wiring, fire alarm wiring, low voltage cabling | b: Electrical wiring
Fire alarm systems | a: fire alarm installation, fire alarm inspection, fire alarms, fire detection systems | r: Low-voltage wiring
Lighting installation | a: light fixtures, fixture wiring, LED retrofits, lighting controls, lighting retrofits | b: Electrical wiring
Generator installation | a: generators, backup generators, standby generators, generator maintenance, generator service | b: Electrical wiring
Solar installation | a: solar PV installation, photovoltaic installation, solar panels, PV systems, solar energy systems, solar panel installation | b: Electrical wiring
EV charger installation | a: EV charging stations, electric vehicle charger installation, EVSE installation | b: Electrical wiring
Electrical schematics | a: reading schematics, wiring diagrams, electrical drawings, electrical blueprints, schematic reading, schematics | b: Blueprint reading
Electrical testing | a: multimeter, voltmeter, megger, clamp meter, insulation testing, multimeters | b: Electrical troubleshooting
Lockout/tagout | a: LOTO, lockout tagout, lock out tag out, lockout-tagout procedures | b: Workplace safety
Arc flash safety | a: NFPA 70E, arc flash, electrical safety, arc flash training | b: Workplace safety
PLC programming | a: !PLC, PLCs, programmable logic controllers, Allen-Bradley, RSLogix, Studio 5000, Siemens S7, TIA Portal, ladder logic | b: Industrial automation
Industrial automation | a: automation systems, factory automation, industrial controls, control systems, controls engineering | r: PLC programming
SCADA | a: HMI, HMI programming, supervisory control, DCS, distributed control systems, Wonderware, Ignition SCADA | b: Industrial automation
Instrumentation | a: instrumentation and controls, I&C, process instrumentation, instrument calibration | b: Industrial automation
Electrical maintenance | a: electrical repairs, preventive electrical maintenance, electrical preventive maintenance | b: Electrical wiring | r: Building maintenance
Line work | a: lineman, lineworker, power line work, overhead lines, underground distribution, utility line work, line worker | r: High voltage
High voltage | a: high-voltage systems, medium voltage, switching operations, high voltage electrical | b: Industrial electrical
Substation maintenance | a: substations, substation work | b: High voltage
Plumbing | a: plumbing installation, plumbing repair, plumber, plumbing systems, plumbing maintenance, plumbing services
Pipefitting | a: pipe fitting, pipefitter, pipe installation, piping, piping systems, steamfitting, steamfitter | b: Plumbing
Drain cleaning | a: drain clearing, sewer cleaning, hydro jetting, drain snaking, rooter, drain repair | b: Plumbing
Water heater installation | a: water heaters, tankless water heaters, water heater repair | b: Plumbing
Backflow prevention | a: backflow testing, backflow preventers, cross-connection control | b: Plumbing
Pipe soldering | a: sweating pipes, copper soldering, soldering copper pipe, copper piping | b: Plumbing
PEX installation | a: PEX, PEX piping, CPVC, PVC piping, PVC pipe | b: Plumbing
Gas piping | a: gas line installation, natural gas piping, gas fitting, gas lines, gas line repair | b: Plumbing
Fixture installation | a: plumbing fixtures, faucet installation, toilet installation, sink installation, fixture repair | b: Plumbing
Sewer line repair | a: sewer lines, sewer repair, trenchless sewer repair, septic systems, septic, septic tank | b: Plumbing
Plumbing codes | a: plumbing code, Uniform Plumbing Code, International Plumbing Code | b: Plumbing
Medical gas piping | a: medical gas installation, med gas | b: Pipefitting
Water treatment systems | a: water softeners, water filtration, reverse osmosis systems, water softener installation | b: Plumbing
Fire sprinkler systems | a: fire sprinklers, sprinkler fitting, sprinkler fitter, fire suppression systems, fire sprinkler installation | b: Pipefitting
HVAC | a: HVAC/R, HVACR, heating ventilation and air conditioning, heating and cooling, HVAC systems, HVAC installation, HVAC repair, HVAC maintenance, HVAC service, HVAC technician
Refrigeration | a: commercial refrigeration, refrigeration systems, refrigeration repair, walk-in coolers, refrigeration technician | b: HVAC
Air conditioning | a: AC repair, A/C repair, air conditioner installation, central air, AC installation, air conditioning repair | b: HVAC
Heating systems | a: furnace repair, furnace installation, furnaces, boilers, boiler maintenance, heat pumps, hydronic heating, radiant heating, heat pump installation | b: HVAC
Ductwork | a: duct installation, ductwork fabrication, duct design, sheet metal ductwork, duct cleaning | b: HVAC | r: Sheet metal fabrication
Refrigerant handling | a: refrigerant recovery, refrigerant charging, recovering refrigerant, refrigerant leak detection | b: HVAC
HVAC controls | a: thermostats, thermostat installation, building automation systems, BAS, building management systems, BMS, DDC controls, building automation | b: HVAC
Load calculations | a: Manual J, heat load calculations, HVAC load calculations | b: HVAC
Mini-split installation | a: ductless mini splits, mini-splits, ductless systems, mini split systems, ductless mini-split | b: Air conditioning
Chiller maintenance | a: chillers, cooling towers, chilled water systems | b: HVAC
Indoor air quality | a: IAQ, air quality testing, ventilation systems | b: HVAC
Sheet metal fabrication | a: sheet metal, sheet metal work, sheet metal worker | r: Ductwork
Welding | a: welder, welding skills, welding fabrication, welds, welding and fabrication | r: Metal fabrication
MIG welding | a: GMAW, gas metal arc welding, MIG | b: Welding
TIG welding | a: GTAW, gas tungsten arc welding, TIG, heliarc | b: Welding
Stick welding | a: SMAW, shielded metal arc welding, arc welding | b: Welding
Flux-cored arc welding | a: FCAW, flux core welding | b: Welding
Submerged arc welding | b: Welding
Pipe welding | a: pipeline welding, 6G welding, pipe welder | b: Welding
Structural welding | a: structural steel welding, D1.1 welding, structural welder | b: Welding
Aluminum welding | a: aluminium welding | b: Welding
Stainless steel welding | b: Welding
Brazing | a: soldering and brazing, silver brazing | b: Welding
Oxy-fuel cutting | a: oxy-acetylene cutting, torch cutting, cutting torch, oxyacetylene welding, oxy-fuel welding | b: Welding
Plasma cutting | a: plasma cutter, CNC plasma | b: Metal fabrication
Metal fabrication | a: metal fab, fabrication, steel fabrication, metalworking, metal work, fabricator, metal fabricator | r: Welding
Metal fitting | a: fitter, fitter welder, fit-up, structural fitter | b: Metal fabrication
Weld inspection | a: visual weld inspection, weld testing, weld quality inspection | b: Welding | r: Nondestructive testing
Welding symbols | a: reading welding symbols, weld symbols, welding blueprints | b: Blueprint reading
Carpentry | a: carpenter, rough carpentry, carpentry skills, general carpentry
Framing | a: wood framing, house framing, wall framing, rough framing, framer, metal stud framing, light gauge framing | b: Carpentry
Finish carpentry | a: trim carpentry, trim work, molding installation, crown molding, baseboards, millwork installation, finish carpenter | b: Carpentry
Cabinetry | a: cabinet making, cabinet installation, cabinetmaker, custom cabinets | b: Carpentry
Woodworking | a: wood working, furniture making, joinery, wood shop, woodshop, woodworker | r: Carpentry
Door and window installation | a: door installation, window installation, door hanging, installing windows, installing doors | b: Carpentry
Stair building | a: stair construction, staircase building | b: Carpentry
Deck building | a: decks, deck construction, porch construction | b: Carpentry
Formwork | a: concrete forms, form setting, concrete formwork, form carpentry | b: Carpentry | r: Concrete work
Power tools | a: power tool operation, hand and power tools, hand tools, table saw, miter saw, circular saw, nail gun, power tool safety | r: Carpentry
Millwright | a: millwright work, machinery installation, machine installation, machinery alignment | r: Industrial maintenance
Automotive repair | a: auto repair, car repair, automotive service, vehicle repair, automotive technician, auto mechanic, mechanic, automotive mechanics, vehicle maintenance
Automotive diagnostics | a: vehicle diagnostics, OBD-II, OBD2, scan tools, engine diagnostics, check engine diagnostics | b: Automotive repair
Brake repair | a: brakes, brake service, brake systems, brake jobs | b: Automotive repair
Engine repair | a: engine rebuilding, engine overhaul, engine work | b: Automotive repair
Transmission repair | a: transmissions, transmission service | b: Automotive repair
Automotive electrical | a: auto electrical, vehicle electrical systems, automotive wiring | b: Automotive repair
Oil changes | a: lube technician, quick lube, oil change, fluid changes, preventive vehicle maintenance | b: Automotive repair
Tire service | a: tire changes, tire rotation, tire mounting, tire balancing, wheel alignment, tire technician | b: Automotive repair
Suspension and steering | a: suspension repair, steering systems, front end repair | b: Automotive repair
Auto body repair | a: collision repair, auto body, body work, bodywork, dent repair, paintless dent repair, frame straightening | r: Automotive repair
Automotive painting | a: auto painting, car painting, auto refinishing, spray painting vehicles, paint booth | b: Auto body repair
Diesel mechanics | a: diesel engine repair, diesel technician, diesel mechanic, heavy-duty diesel, diesel engines | b: Automotive repair
Heavy equipment repair | a: heavy equipment mechanic, heavy equipment maintenance, equipment mechanic | r: Diesel mechanics
Small engine repair | a: small engines, outdoor power equipment repair, lawn mower repair | r: Automotive repair
Motorcycle repair | a: motorcycle mechanic, motorcycle service | r: Automotive repair
Hybrid and electric vehicle repair | a: EV repair, hybrid vehicle repair, electric vehicle service | b: Automotive repair
Aircraft maintenance | a: aviation maintenance, aircraft mechanic, airframe maintenance, aircraft inspection, A&P mechanic, avionics | r: Aviation ground operations
Marine mechanics | a: boat repair, outboard motors, marine engine repair | r: Small engine repair
Vehicle inspection | a: state inspections, emissions testing, smog check | b: Automotive repair
Auto detailing | a: car detailing, vehicle detailing, auto detailer, car washing | r: Auto body repair
Service advising | a: service advisor, automotive service advisor, service writer | b: Automotive repair | r: Customer service
Elevator maintenance | a: elevator repair, elevator installation, elevator mechanic, escalator maintenance | b: Building maintenance
Locksmithing | a: locksmith, lock installation, rekeying, key cutting, lock repair | b: Building maintenance
Appliance repair | a: appliance installation, appliance technician, washer and dryer repair | b: Building maintenance
Security systems installation | a: alarm installation, CCTV installation, access control installation, security camera installation | b: Low-voltage wiring
Oil and gas operations | a: oilfield, drilling operations, roughneck, rig work, well servicing, wellsite, oil rig, floorhand | r: Heavy equipment operation
Upholstery | a: upholsterer, reupholstering | r: Sewing
Glass and glazing repair | a: auto glass, windshield repair, windshield replacement | r: Glazing

@kind licence
Journeyman electrician licence | a: journeyman electrician, journeyman electrician license, licensed journeyman electrician, journeyman license, licensed electrician | b: Electrical wiring
Master electrician licence | a: master electrician, master electrician license, licensed master electrician | b: Electrical wiring | i: Journeyman electrician licence
Electrical contractor licence | a: electrical contractor license, licensed electrical contractor, EC license | b: Electrical wiring
Apprentice electrician registration | a: electrical apprentice, apprentice electrician, electrician apprentice license, electrical apprenticeship | b: Electrical wiring
Low voltage licence | a: low voltage license, limited energy license, C-7 license | b: Low-voltage wiring
Journeyman plumber licence | a: journeyman plumber, journeyman plumber license, licensed plumber, plumbing license, plumber license | b: Plumbing
Master plumber licence | a: master plumber, master plumber license, licensed master plumber | b: Plumbing | i: Journeyman plumber licence
Gas fitter licence | a: gas fitter license, gasfitter, licensed gas fitter | b: Gas piping
HVAC licence | a: HVAC license, HVAC contractor license, mechanical license, HVACR license, mechanical contractor license | b: HVAC
Boiler operator licence | a: boiler operator, boiler license, stationary engineer, stationary engineer license | b: Heating systems
A&P licence | a: Airframe and Powerplant, A&P license, A&P certificate, FAA A&P, airframe and powerplant license | b: Aircraft maintenance
State vehicle inspector licence | a: state inspection license, emissions inspector license, vehicle inspector license | b: Vehicle inspection
Elevator mechanic licence | a: licensed elevator mechanic, elevator license | b: Elevator maintenance
Locksmith licence | a: locksmith license, licensed locksmith | b: Locksmithing

@kind certification
Fire alarm technician certification | a: NICET, NICET Level II, NICET fire alarm, NICET certified | b: Fire alarm systems
NABCEP certification | a: NABCEP, NABCEP PV Installation Professional, NABCEP certified | b: Solar installation
Backflow tester certification | a: certified backflow tester, backflow certification, backflow prevention assembly tester | b: Backflow prevention
Medical gas certification | a: ASSE 6010, medical gas installer certification | b: Medical gas piping
EPA Section 608 certification | a: EPA 608, EPA 608 certification, EPA 608 Universal, Section 608, EPA Universal certification, 608 certification, EPA certified | b: Refrigerant handling
EPA Section 609 certification | a: EPA 609, Section 609, MVAC certification | b: Refrigerant handling
NATE certification | a: =NATE, NATE certified, North American Technician Excellence | b: HVAC
AWS Certified Welder | a: AWS welding certification, AWS D1.1 certification, certified welder, AWS certified welding, welding certification, welding certificate | b: Welding
Certified Welding Inspector | a: CWI, AWS CWI | b: Weld inspection
ASME Section IX certification | a: ASME IX, ASME Section IX, ASME welding certification | b: Pipe welding
API 1104 certification | a: API 1104 | b: Pipe welding
6G certification | a: 6G certified, 6G pipe certification | b: Pipe welding
ASE certification | a: ASE certified, ASE, ASE Master Technician, ASE Master certified, ASE Master | b: Automotive repair
I-CAR certification | a: I-CAR, I-CAR Gold Class, I-CAR Platinum | b: Auto body repair
Journeyman carpenter card | a: journeyman carpenter, union carpenter | b: Carpentry
Millwright journeyman card | a: journeyman millwright | b: Millwright
OSHA 10 | a: OSHA 10-hour, OSHA 10 card, OSHA 10 certified, OSHA 10 certification, OSHA 10 training | b: Workplace safety
OSHA 30 | a: OSHA 30-hour, OSHA 30 card, OSHA 30 certified, OSHA 30 certification, OSHA 30 training | b: Workplace safety | i: OSHA 10
Lead-safe certification | a: EPA RRP, RRP certification, lead renovator certification, lead-safe work practices, lead safe certified | b: Workplace safety
HAZWOPER | a: HAZWOPER 40, 40-hour HAZWOPER, HAZWOPER 24, HAZWOPER certified, HAZWOPER certification | b: Workplace safety
@category construction | Construction
General construction | a: construction, construction labor, construction work, building construction, residential construction, commercial construction, construction laborer, general labor, construction labourer
Blueprint reading | a: reading blueprints, blueprint interpretation, print reading, reading construction drawings, blueprints, construction drawings, plan reading, reading plans | b: General construction
Drywall | a: drywall installation, drywall repair, sheetrock, taping and mudding, drywall finishing, drywall hanging, mudding and taping | b: General construction
House painting | a: interior painting, exterior painting, residential painting, commercial painting, painter, wall painting, paint prep, painting and decorating | b: General construction
Flooring installation | a: flooring, laminate flooring, hardwood flooring, vinyl flooring, carpet installation, floor installation, LVP installation | b: General construction
Tile setting | a: tile installation, tiling, ceramic tile, tile setter, backsplash installation, grouting | r: Flooring installation
Masonry | a: bricklaying, brick laying, stonework, block laying, mason, stone masonry, brick and block, tuckpointing, CMU | b: General construction
Concrete work | a: concrete finishing, concrete pouring, flatwork, concrete placement, cement work, concrete finisher | b: General construction
Roofing | a: roof installation, roof repair, shingle installation, roofer, shingles, metal roofing, flat roofing, commercial roofing, TPO roofing | b: General construction
Insulation installation | a: insulation, blown-in insulation, spray foam insulation, batt insulation | b: General construction
Glazing | a: glass installation, glazier, window glazing, curtain wall, storefront glazing | b: General construction
Ironwork | a: ironworker, structural steel erection, steel erection, rebar installation, rebar tying, reinforcing steel, rodbuster | b: General construction
Scaffolding | a: scaffold erection, scaffolding erection, scaffold building, scaffold | b: General construction
Rigging | a: rigger, rigging and signaling, crane rigging, load rigging, signal person | b: Crane operation
Crane operation | a: crane operator, mobile crane, tower crane, overhead crane operation, overhead cranes, boom truck | b: Heavy equipment operation
Heavy equipment operation | a: heavy machinery operation, heavy equipment operator, equipment operator, operating heavy equipment, heavy machinery | b: General construction
Excavation | a: excavator operation, excavator, trenching, earthmoving, earth moving, excavating | b: Heavy equipment operation
Bulldozer operation | a: dozer, bulldozer, dozer operation | b: Heavy equipment operation
Backhoe operation | a: backhoe, backhoe loader | b: Heavy equipment operation
Skid steer operation | a: skid steer, =Bobcat, skid-steer loader, track loader | b: Heavy equipment operation
Front-end loader operation | a: wheel loader, front-end loader, front loader | b: Heavy equipment operation
Grader operation | a: motor grader, road grader, blade operator | b: Heavy equipment operation
Aerial lift operation | a: scissor lift, boom lift, aerial work platform, aerial lifts, MEWP, scissor lifts, JLG, bucket truck | b: Heavy equipment operation
Telehandler operation | a: telehandler, Skytrak, telescopic handler, rough terrain forklift | b: Heavy equipment operation
Paving | a: asphalt paving, asphalt, road paving, paver operation, asphalt work | b: Road construction
Road construction | a: highway construction, road building, roadwork, road works | b: General construction
Demolition | a: demo work, interior demolition, selective demolition, demolition work | b: General construction
Site preparation | a: site work, sitework, land clearing, site clearing | b: General construction
Surveying | a: land surveying, construction surveying, total station, GPS surveying, survey layout, surveyor | b: General construction
Construction management | a: construction project management, construction manager, construction supervision, site management, general contracting, general contractor | r: Project management
Site supervision | a: foreman, crew supervision, crew leadership, superintendent, site supervisor, job site supervision, crew lead | b: Construction management
Construction estimating | a: cost estimating, estimating, quantity takeoff, takeoffs, bid preparation, construction bidding, estimator, quantity surveying | b: Construction management
Construction scheduling | a: CPM scheduling, critical path method, construction schedules | b: Construction management
Primavera P6 | a: Oracle Primavera, Primavera, P6 | b: Construction scheduling
Procore | b: Construction management
PlanGrid | a: Autodesk Build | b: Construction management
Bluebeam | a: Bluebeam Revu | b: Blueprint reading
Submittals | a: RFIs, submittal review, shop drawings, submittal management | b: Construction management
Punch lists | a: punch list, punchlist, project closeout, construction closeout | b: Construction management
Building codes | a: International Building Code, IBC, code compliance, building code compliance, building regulations, building code | b: General construction
Workplace safety | a: occupational safety, health and safety, safety compliance, OSHA compliance, OSHA regulations, safety procedures, EHS, environmental health and safety, HSE, safety programs, OSHA, safety management, job safety analysis, JSA, occupational health and safety, OHS
Construction safety | a: site safety, jobsite safety, construction site safety, fall protection, excavation safety, trench safety | b: Workplace safety
Confined space entry | a: confined spaces, confined space, permit-required confined space, confined space rescue | b: Workplace safety
Home renovation | a: remodeling, renovations, home remodeling, kitchen remodeling, bathroom remodeling, renovation, home improvement, remodeling contractor | b: General construction
Weatherproofing | a: waterproofing, caulking, sealants, weatherization, weather stripping | b: General construction
Siding installation | a: vinyl siding, fiber cement siding | b: General construction
Gutter installation | a: gutters, seamless gutters, gutter repair | b: General construction
Fencing installation | a: fence installation, fence building, fencing contractor, fence repair | b: General construction
Traffic control | a: flagging, flagger, traffic flagging, work zone traffic control, traffic control plans | b: Road construction
Pipe laying | a: pipelayer, utility installation, underground utilities, water main installation, storm drain installation | b: General construction
Green building | a: sustainable construction, LEED, energy-efficient building, sustainable building, passive house | b: General construction
Modular construction | a: prefab construction, prefabrication, modular buildings | b: General construction
Tilt-up construction | a: tilt-up, tilt wall | b: Concrete work
Steel framing | a: structural steel, steel buildings, metal buildings | b: Ironwork
Post-tensioning | a: post-tension, PT cables | b: Concrete work
Caisson drilling | a: pile driving, foundation drilling, deep foundations | b: General construction
Foundation work | a: foundation repair, footings, foundation installation | b: General construction
Plastering | a: plasterer, stucco, stucco application, rendering walls, lath and plaster | b: General construction
Acoustical ceilings | a: drop ceilings, suspended ceilings, ceiling installation, ACT ceilings | b: General construction
Countertop installation | a: countertops, granite countertops, quartz countertops, countertop fabrication | b: General construction
Construction cleanup | a: post-construction cleaning, site cleanup, debris removal, jobsite cleanup | b: General construction
Building inspection | a: code inspection, construction inspection, structural inspection, building inspections | r: Building codes
Construction materials | a: building materials, construction materials knowledge | b: General construction
Mobile home installation | a: manufactured home installation, manufactured housing | b: General construction
Commercial construction estimating software | a: PlanSwift, On-Screen Takeoff, ProEst, Sage Estimating | b: Construction estimating

@kind licence
General contractor licence | a: general contractor license, contractor's license, licensed general contractor, contractor license, GC license, licensed contractor | b: Construction management
Home improvement contractor licence | a: HIC license, home improvement license | b: Home renovation
Home inspector licence | a: home inspector, home inspection license, licensed home inspector, home inspections | b: Building inspection
Land surveyor licence | a: professional land surveyor, licensed land surveyor, land surveyor license | b: Surveying
Blaster licence | a: blasting license, licensed blaster, blaster's license, explosives license | b: Excavation

@kind certification
NCCER certification | a: NCCER, NCCER certified, NCCER Core | b: General construction
Crane operator certification | a: NCCCO, NCCCO certified, CCO certification, certified crane operator | b: Crane operation
Rigging certification | a: certified rigger, qualified rigger, rigger certification, NCCCO Rigger | b: Rigging
Signal person certification | a: certified signal person, qualified signal person | b: Rigging
Aerial lift certification | a: scissor lift certification, boom lift certification, MEWP certification, aerial lift certified, scissor lift certified | b: Aerial lift operation
Flagger certification | a: flagging certification, ATSSA flagger, certified flagger, flagger card | b: Traffic control
Confined space certification | a: confined space training, confined space entry certification | b: Confined space entry
Fall protection certification | a: fall protection competent person, fall protection training | b: Construction safety
Scaffold competent person | a: scaffold certification, scaffold user training, scaffold competent person training | b: Scaffolding
Trenching and excavation competent person | a: excavation competent person, trench competent person | b: Construction safety
LEED Accredited Professional | a: LEED AP, LEED Green Associate, LEED GA, LEED accredited | b: Green building
Asbestos abatement certification | a: asbestos abatement, asbestos worker, asbestos supervisor, asbestos certification | b: Workplace safety
Certified Safety Professional | a: CSP | b: Workplace safety
Construction Health and Safety Technician | a: CHST | b: Construction safety
Associate Safety Professional | a: ASP certification | b: Workplace safety
Certified Construction Manager | a: CMAA certification | b: Construction management
ICC building inspector certification | a: ICC certification, ICC certified, ICC building inspector, certified building inspector, code inspector certification | b: Building inspection
Heavy equipment operator certification | a: NCCER heavy equipment, heavy equipment certification, equipment operator certification | b: Heavy equipment operation
Silica competent person | a: silica safety training, crystalline silica training | b: Construction safety
Powder-actuated tool certification | a: Hilti certification, powder actuated tool operator card | b: Power tools

@category manufacturing | Manufacturing and production
Manufacturing | a: manufacturing operations, production work, manufacturing processes, factory work, production line, production line work, factory worker, plant operations
Assembly | a: assembly line, assembly line work, product assembly, mechanical assembly, assembler, assembly work, assembly operations | b: Manufacturing
Electronics assembly | a: PCB assembly, circuit board assembly, electronic assembly, through-hole assembly, SMT assembly, SMT, wire harness assembly, cable assembly | b: Assembly
Soldering | a: electronics soldering, hand soldering, through-hole soldering, SMD soldering, solder rework, soldering iron | b: Electronics assembly
Machine operation | a: machine operator, production machine operation, operating machinery, machinery operation, equipment operation, machine tending | b: Manufacturing
Machining | a: machinist, manual machining, lathe, lathe operation, milling machine, mill operation, manual lathe, Bridgeport mill | b: Manufacturing
CNC machining | a: CNC, CNC machine operation, CNC operator, CNC milling, CNC turning, CNC programming, CNC machinist, CNC lathe, Haas CNC | b: Machining
G-code | a: M-code, G-code programming | b: CNC machining
CAM programming | a: =CAM, Mastercam, computer-aided manufacturing, CAM software, GibbsCAM, Esprit CAM | b: CNC machining
Tool and die making | a: tool and die, die making, toolmaker, mold making, tooling, tool maker | b: Machining
Precision measurement | a: calipers, micrometers, height gauges, precision measuring instruments, measuring instruments, CMM, coordinate measuring machine, gauge reading | b: Quality control
Quality control | a: QC, quality inspection, product inspection, quality control inspection, QC inspection, quality inspector, incoming inspection, final inspection | r: Quality assurance
Quality assurance | a: QA, quality management, quality assurance processes, quality systems | r: Quality control, Software testing
Quality management systems | a: QMS, ISO 9001, ISO 13485, AS9100, IATF 16949, ISO standards, ISO 14001 | b: Quality assurance
CAPA | a: corrective and preventive action, corrective actions, corrective action, preventive action | b: Quality management systems
Statistical process control | a: SPC, control charts, process capability, Cpk | b: Quality control
Six Sigma | a: Lean Six Sigma, 6 Sigma, DMAIC, Six Sigma methodology | r: Lean manufacturing
Lean manufacturing | a: =Lean, lean production, Toyota Production System, lean principles, waste reduction, lean methodology, lean management | r: Six Sigma
5S | a: 5S methodology, 5S program, 5S implementation | b: Lean manufacturing
Kaizen | a: kaizen events, continuous improvement events | b: Lean manufacturing
Continuous improvement | a: process improvement, operational excellence, business process improvement, process optimization, process improvements | r: Lean manufacturing
Value stream mapping | a: VSM | b: Lean manufacturing
Root cause analysis | a: RCA, 5 Whys, fishbone diagrams, Ishikawa diagrams, 8D problem solving, 8D, root cause | b: Continuous improvement
Failure mode and effects analysis | a: FMEA, PFMEA, DFMEA | b: Quality assurance
Production planning | a: production scheduling, manufacturing planning, production control, master production scheduling, MPS | b: Manufacturing
Production supervision | a: production supervisor, line supervision, production lead, line lead, shift supervisor in manufacturing, production management | b: Manufacturing
Production reporting | a: production reports, production tracking, shift reports, production metrics | b: Production supervision
Industrial maintenance | a: maintenance mechanic, industrial mechanic, machine maintenance, equipment maintenance, plant maintenance, industrial maintenance technician, maintenance technician industrial | r: Preventive maintenance
Hydraulics | a: hydraulic systems, hydraulic repair, hydraulic troubleshooting, hydraulic maintenance | b: Industrial maintenance
Pneumatics | a: pneumatic systems, pneumatic troubleshooting, pneumatic maintenance | b: Industrial maintenance
Mechanical troubleshooting | a: mechanical repair, mechanical aptitude, mechanical skills, mechanical maintenance | b: Industrial maintenance
Total productive maintenance | a: TPM, autonomous maintenance, OEE, overall equipment effectiveness | b: Lean manufacturing
Injection molding | a: plastic injection molding, injection moulding, molding machine operation, mold setting | b: Manufacturing
Extrusion | a: plastic extrusion, extrusion operation, extruder operator | b: Manufacturing
Stamping | a: metal stamping, press operation, punch press, press brake, press brake operation, press brake operator | b: Manufacturing
Painting and coating | a: powder coating, industrial painting, coating application, e-coating, paint line | b: Manufacturing
Packaging operations | a: packaging line, packaging machine operation, filling line, bottling line, labeling machines, packaging machinery | b: Manufacturing
Food manufacturing | a: food production line, food processing, food manufacturing operations, food processing plant | b: Manufacturing
Good manufacturing practice | a: GMP, cGMP, Good Manufacturing Practices, current Good Manufacturing Practice, GMP compliance | b: Quality management systems
Good documentation practice | a: GDocP, ALCOA, ALCOA+ | b: Good manufacturing practice
Process validation | a: IQ/OQ/PQ, equipment validation, validation protocols, computer system validation, cleaning validation | b: Quality assurance
Batch records | a: batch record review, electronic batch records, master batch records, batch documentation | b: Good manufacturing practice
Cleanroom operations | a: cleanroom, clean room, gowning, cleanroom protocols, aseptic processing | b: Manufacturing
Chemical handling | a: chemical safety, handling chemicals, hazardous chemicals, SDS, safety data sheets, MSDS, hazard communication, HazCom | b: Workplace safety
Industrial engineering | a: time studies, time and motion studies, work measurement, process engineering, industrial engineer | r: Lean manufacturing
Manufacturing engineering | a: process development, manufacturing process design, DFM, design for manufacturing, design for manufacturability | r: Industrial engineering
Industrial robotics | a: robot operation, FANUC, ABB robots, KUKA, robotic welding, cobots, collaborative robots, robot programming in manufacturing | b: Industrial automation | r: Robotics
Forging | a: metal forging, forge operation, forging press | b: Manufacturing
Metal casting | a: foundry, die casting, sand casting, investment casting, foundry work | b: Manufacturing
Heat treating | a: heat treatment, annealing, heat treat | b: Manufacturing
Precision grinding | a: surface grinding, cylindrical grinding, centerless grinding, grinder operation | b: Machining
Deburring | a: part finishing, parts deburring | b: Machining
Textile manufacturing | a: textile production, garment manufacturing, sewing machine operation, industrial sewing, sewing machine operator | b: Manufacturing
Printing press operation | a: press operator, offset printing, flexographic printing, flexo printing, digital printing, print production, printing press | b: Manufacturing
Semiconductor manufacturing | a: wafer fabrication, semiconductor fabrication, fab operations, photolithography, wafer processing | b: Manufacturing
Composite fabrication | a: composites, composite layup, fiberglass layup, carbon fiber layup, fiberglass | b: Manufacturing
Woodworking machinery | a: CNC router, panel saw, edge bander, wood machining | b: Manufacturing | r: Woodworking
Meat processing plant work | a: meat packing, poultry processing, meatpacking | b: Food manufacturing
Quality audits | a: process audits, supplier audits, layered process audits, internal quality audits | b: Quality management systems
First article inspection | a: FAI, first piece inspection | b: Quality control
PPAP | a: production part approval process, APQP | b: Quality management systems
Visual inspection | a: visual inspections, cosmetic inspection, defect detection | b: Quality control
Nondestructive testing | a: NDT, non-destructive testing, ultrasonic testing, magnetic particle testing, dye penetrant testing, radiographic testing, eddy current testing, NDE | b: Quality control
Calibration | a: equipment calibration, calibration technician, gauge calibration, metrology | b: Quality control
Plant safety | a: manufacturing safety, machine guarding, plant safety programs | b: Workplace safety
Shipping in manufacturing | a: finished goods shipping, finished goods | b: Shipping and receiving
Inventory in manufacturing | a: WIP inventory, work in process, raw materials inventory | b: Inventory management
Setup and changeover | a: machine setup, changeovers, SMED, quick changeover, setup technician | b: Machine operation
Line balancing | a: line balancing analysis, takt time | b: Lean manufacturing
Bill of materials | a: BOM, BOMs, bills of materials | b: Production planning
Product lifecycle management | a: PLM, Teamcenter, Windchill, Arena PLM | b: Manufacturing engineering
Water treatment plant operation | a: wastewater treatment, water treatment operator, wastewater operator, water treatment plant | r: Water treatment systems
Power plant operations | a: power generation, power plant operator, control room operations, plant operator | r: High voltage
Chemical plant operations | a: chemical processing, process operator, chemical operator, refinery operations | b: Manufacturing

@kind certification
IPC-A-610 | a: IPC-A-610 certification, IPC J-STD-001, J-STD-001, IPC certified, IPC certification, IPC-7711 | b: Soldering
Six Sigma Yellow Belt | a: Lean Six Sigma Yellow Belt, Six Sigma Yellow Belt certified | b: Six Sigma
Six Sigma Green Belt | a: Lean Six Sigma Green Belt, LSSGB, Six Sigma Green Belt certified, SSGB, Certified Six Sigma Green Belt, CSSGB | b: Six Sigma | i: Six Sigma Yellow Belt
Six Sigma Black Belt | a: Lean Six Sigma Black Belt, LSSBB, SSBB, Certified Six Sigma Black Belt, CSSBB, Six Sigma Black Belt certified | b: Six Sigma | i: Six Sigma Green Belt
Six Sigma Master Black Belt | a: Lean Six Sigma Master Black Belt, Certified Master Black Belt | b: Six Sigma | i: Six Sigma Black Belt
Certified Quality Engineer | a: CQE, ASQ CQE | b: Quality assurance
Certified Quality Auditor | a: CQA, ASQ CQA | b: Quality management systems
Certified Quality Technician | a: CQT, ASQ CQT | b: Quality control
Certified Quality Inspector | a: CQI, ASQ CQI | b: Quality control
Certified Manufacturing Technologist | a: CMfgT | b: Manufacturing engineering
MSSC Certified Production Technician | a: MSSC CPT, MSSC certification | b: Manufacturing
Certified Maintenance and Reliability Professional | a: CMRP | b: Industrial maintenance
NIMS machining certification | a: NIMS machining credentials, NIMS credential | b: Machining
ISO 9001 lead auditor | a: ISO 9001 Lead Auditor certification, IRCA lead auditor, lead auditor certification | b: Quality management systems
ASNT NDT Level II | a: NDT Level II, ASNT Level II, NDT Level 2, ASNT Level III, NDT Level III | b: Nondestructive testing
Certified Lean practitioner | a: Lean certification, Lean Bronze certification, SME Lean certification | b: Lean manufacturing
Water treatment operator licence | a: water operator license, wastewater operator license, water treatment license, certified water operator | b: Water treatment plant operation | k: licence
Power engineer licence | a: power engineering certificate, stationary engineer certificate | b: Power plant operations | k: licence

@category facilities | Facilities, cleaning and grounds
Janitorial services | a: janitorial, custodial, custodian, janitor, custodial services, commercial cleaning, office cleaning, cleaning services, cleaning, janitorial work
Floor care | a: floor waxing, floor stripping, floor buffing, floor scrubbing, floor scrubber, burnishing, strip and wax | b: Janitorial services
Carpet cleaning | a: carpet shampooing, carpet extraction, upholstery cleaning | b: Janitorial services
Residential cleaning | a: house cleaning, housecleaning, home cleaning, maid services, deep cleaning, maid | b: Janitorial services
Window cleaning | a: window washing, window washer | b: Janitorial services
Pressure washing | a: power washing, pressure washer | b: Janitorial services
Biohazard cleanup | a: biohazard cleaning, crime scene cleanup, trauma cleanup | b: Janitorial services
Environmental services | a: EVS, environmental services technician, hospital housekeeping, terminal cleaning | b: Janitorial services
Waste management | a: waste disposal, trash removal, recycling, garbage collection, refuse collection, sanitation worker, waste collection | 
Pest control | a: pest management, exterminating, exterminator, integrated pest management, IPM, termite control | 
Landscaping | a: landscape maintenance, lawn care, lawn mowing, mowing, gardening, grounds maintenance, groundskeeping, groundskeeper, yard work, landscaper | 
Hardscaping | a: paver installation, retaining walls, patio installation | b: Landscaping
Irrigation systems | a: irrigation, irrigation installation, irrigation repair, lawn sprinkler systems, lawn sprinklers, irrigation technician | b: Landscaping
Tree care | a: tree trimming, tree removal, arborist, arboriculture, pruning, chainsaw operation, chainsaw | r: Landscaping
Snow removal | a: snow plowing, snow plow, snowplowing, ice management, snow shoveling | b: Building maintenance
Pool maintenance | a: pool cleaning, pool service, pool technician, swimming pool maintenance, pool chemistry | b: Building maintenance
Building maintenance | a: facility maintenance, facilities maintenance, general maintenance, maintenance technician, property maintenance, maintenance repairs, handyman, handyman services, building repairs, maintenance worker | r: Facilities management
Preventive maintenance | a: PM schedules, preventative maintenance, planned maintenance, scheduled maintenance, preventive maintenance programs | r: Building maintenance
Facilities management | a: facility management, facilities operations, facility operations, facilities coordinator, facilities manager, facilities coordination | r: Building maintenance
Work order management | a: work orders, CMMS, computerized maintenance management system, maintenance tickets, Maximo, IBM Maximo, eMaint, work order system | b: Facilities management
Energy management | a: energy efficiency, energy audits, energy conservation | b: Facilities management
Property management | a: residential property management, tenant relations, rent collection, lease administration, leasing, property manager, apartment management, landlord, commercial property management | r: Real estate sales
Event setup | a: event setup and teardown, room setup, furniture setup, room sets, chair setup | b: Facilities management
Space management | a: space utilization, office moves, workplace planning | b: Facilities management
Security guard services | a: security guard, security officer, security patrols, patrolling, guard services, site security, unarmed security, armed security | r: Loss prevention
Access control monitoring | a: badge access, visitor screening, access control systems, gate security | b: Security guard services
CCTV monitoring | a: video surveillance, surveillance monitoring, camera monitoring, security cameras | b: Security guard services
Fire safety | a: fire prevention, fire extinguisher use, fire drills, fire safety inspections, fire watch | b: Workplace safety
Emergency procedures | a: emergency response, evacuation procedures, emergency evacuation, emergency preparedness | b: Workplace safety
Parking management | a: parking operations, parking enforcement, parking lot management | b: Facilities management
Furniture assembly | a: furniture installation, office furniture installation, cubicle installation | b: Building maintenance
Painting touch-ups | a: touch-up painting, patch and paint | b: Building maintenance
Light bulb replacement | a: relamping, lamp replacement | b: Building maintenance

@kind certification
Certified Pool Operator | a: CPO certification, pool operator certification, Certified Pool/Spa Operator | b: Pool maintenance
Certified Arborist | a: ISA Certified Arborist, ISA certification, ISA arborist | b: Tree care
Guard card | a: security guard license, security guard licence, guard license, security license, SIA licence, SIA license | b: Security guard services | k: licence
Armed guard licence | a: armed security license, firearms permit for security, armed guard card | b: Security guard services | k: licence | i: Guard card
Pesticide applicator licence | a: pesticide license, certified pesticide applicator, pest control license, pesticide applicator license | b: Pest control | k: licence
Certified Facility Manager | a: IFMA CFM | b: Facilities management
Facility Management Professional | a: FMP, IFMA FMP | b: Facilities management
Building Operator Certification | a: BOC certification, BOC credential | b: Building maintenance
Fire watch certification | a: fire guard certification, F-01 certificate, fire guard license | b: Fire safety
@category customer_support | Customer support
Customer service | a: customer care, client service, customer relations, customer support, serving customers, customer satisfaction, client services, customer-facing, customer service skills, customer service experience
Customer experience | a: CX, customer experience management, CX strategy | r: Customer service
Call center operations | a: call center, call centre, contact center, contact centre, inbound calls, outbound calls, high call volume, call center agent | b: Customer service
Phone etiquette | a: telephone etiquette, phone skills, answering phones, telephone skills, phone support, answering calls | b: Customer service
Complaint resolution | a: complaint handling, handling complaints, resolving customer issues, issue resolution, problem resolution, customer complaints | b: Customer service
Escalation management | a: escalations, handling escalations, escalated calls, escalation handling | b: Customer service
Live chat support | a: chat support, live chat, email support, omnichannel support, multichannel support | b: Customer service
Support ticket handling | a: support tickets, ticket resolution, case handling | b: Customer service
Customer support software | a: customer service platforms, support platforms, customer service software
Zendesk | a: Zendesk Support | b: Customer support software
Freshdesk | b: Customer support software
=Intercom | b: Customer support software
Help Scout | b: Customer support software
Gorgias | b: Customer support software
Customer retention | a: client retention, churn reduction, customer loyalty, churn prevention, retention marketing | r: Customer service
Customer success | a: customer success management, account health, customer health scores, customer adoption | r: Account management
Customer onboarding | a: client onboarding, user onboarding, customer implementation | b: Customer success
Call quality monitoring | a: call monitoring, QA monitoring, call calibration, call quality assurance | b: Call center operations
Workforce management | a: WFM, call center scheduling, contact center forecasting | b: Call center operations
First call resolution | a: FCR, first contact resolution | b: Call center operations
Customer feedback | a: customer surveys, NPS, Net Promoter Score, CSAT, voice of the customer, VoC, customer feedback analysis | b: Customer experience
Service recovery | a: service recovery skills | b: Complaint resolution
Bilingual customer service | a: bilingual support, Spanish-speaking customer service, bilingual customer support | b: Customer service
Order management | a: order entry, order tracking, sales orders, order management systems | b: Customer service
Warranty claims | a: warranty processing, RMA processing, returns authorization, warranty administration | b: Customer service
Knowledge base management | a: help center content, FAQ writing, support documentation, knowledge management | b: Customer service
Virtual assistance | a: virtual assistant, remote administrative support | b: Office administration
Technical customer support | a: tier 1 support, tier 2 support, level 1 support, level 2 support, product support | b: Customer service | r: IT support
Retention calls | a: save desk, cancellation handling, retention specialist | b: Customer retention
Billing inquiries | a: billing support, billing questions, account inquiries | b: Customer service
Customer verification | a: identity verification, account verification, caller verification | b: Customer service
Product returns handling | a: return merchandise authorization, returns desk | b: Customer service
Hospitality customer service | a: guest-facing service | b: Customer service
Patient access services | a: patient access, patient financial services, patient access representative | b: Customer service | r: Patient registration

@category sales | Sales
Sales | a: selling, sales experience, sales skills, direct sales, salesperson, sales representative
B2B sales | a: business-to-business sales, enterprise sales, B2B | b: Sales
B2C sales | a: business-to-consumer sales, consumer sales, B2C | b: Sales
Inside sales | a: phone sales, inside sales representative | b: Sales
Outside sales | a: field sales, territory sales, field sales representative | b: Sales
Lead generation | a: prospecting, lead gen, sales prospecting, generating leads, lead qualification | b: Sales
Cold calling | a: cold calls, outbound prospecting, cold outreach | b: Lead generation
Telemarketing | a: telesales, telephone sales | b: Inside sales
Account management | a: key account management, client account management, account manager, strategic account management, managing accounts, account growth | b: Sales
Business development | a: =BD, biz dev, new business development, business growth, BizDev | r: Sales
Negotiation | a: negotiating, negotiation skills, contract negotiation, deal negotiation, contract negotiations | r: Contract negotiation with suppliers
Closing deals | a: deal closing, closing sales, closing techniques | b: Sales
Sales pipeline management | a: pipeline management, sales pipeline, funnel management, deal pipeline | b: Sales
Sales forecasting | a: revenue forecasting, sales forecasts | b: Sales pipeline management | r: Financial forecasting
Solution selling | a: consultative selling, consultative sales, value selling, SPIN selling, Challenger sale, MEDDIC, MEDDPICC | b: Sales
Sales presentations | a: product demos, product demonstrations, sales demos, sales pitches | b: Sales
Proposal writing | a: RFP responses, RFP response, proposals, bid writing, tender writing, RFPs | r: Grant writing
Territory management | a: territory planning | b: Outside sales
Channel sales | a: partner sales, channel partners, reseller management, partner management, channel management | b: Sales
Sales operations | a: sales ops, revenue operations, RevOps | b: Sales
Sales enablement | a: sales training, sales playbooks | b: Sales operations
Sales management | a: sales leadership, sales team management, sales manager, managing sales teams | b: Sales
Quota attainment | a: meeting quotas, exceeding quota, quota carrying, exceeding sales targets | b: Sales
Relationship building | a: client relationship building, building relationships, rapport building, relationship management, client relationships, customer relationships | r: Account management
Customer needs analysis | a: needs assessment, needs analysis, discovery calls | b: Sales
Real estate sales | a: real estate, residential real estate, property sales, real estate agent, realtor, home sales, listing presentations | b: Sales
Real estate appraisal | a: property appraisal, appraiser, appraisals, home appraisal | r: Real estate sales
Multiple Listing Service | a: MLS listings | b: Real estate sales
Car sales | a: auto sales, automotive sales, vehicle sales, car salesman, dealership sales | b: Sales
Pharmaceutical sales | a: pharma sales, pharmaceutical sales representative | b: Sales
Software sales | a: SaaS sales, technology sales, tech sales | b: B2B sales
Sales development | a: SDR, BDR, sales development representative, business development representative | b: Lead generation
Wholesale | a: wholesale sales, wholesale distribution, distributor sales | b: B2B sales
Route sales | a: route sales representative, direct store delivery, DSD | b: Outside sales
Door-to-door sales | a: canvassing | b: Outside sales
Event sales | a: group sales, banquet sales, catering sales | b: Sales
Advertising sales | a: ad sales, media sales | b: B2B sales
Sales reporting | a: sales reports, sales analytics, sales metrics, sales dashboards | b: Sales operations
Sales engagement tools | a: Outreach.io, Salesloft, Gong.io, Apollo.io | b: Sales operations
LinkedIn Sales Navigator | a: Sales Navigator | b: Lead generation
ZoomInfo | b: Lead generation
Fundraising | a: donor relations, donor cultivation, major gifts, annual giving, capital campaigns, donor stewardship, fund raising | r: Grant writing
Upselling existing accounts | a: account expansion, expansion revenue | b: Account management
Sales contracts | a: sales agreements, quote preparation, CPQ | b: Sales
Trade show sales | a: trade show booth staffing, exhibition sales | b: Sales
Subscription sales | a: membership sales, gym membership sales | b: Sales
Luxury sales | a: high-ticket sales, high-value sales | b: Sales
Solar sales | a: solar energy sales, residential solar sales | b: Sales
Insurance brokerage | a: insurance broker, commercial insurance brokerage | b: Insurance sales
Recruitment sales | a: agency sales, staffing sales | b: B2B sales

@kind licence
Real estate licence | a: real estate license, licensed realtor, real estate salesperson license, real estate agent license, licensed real estate agent, licensed real estate salesperson | b: Real estate sales
Real estate broker licence | a: real estate broker license, licensed real estate broker, broker license, managing broker license | b: Real estate sales | i: Real estate licence
Certified residential appraiser licence | a: certified appraiser, appraiser license, licensed appraiser, certified residential appraiser | b: Real estate appraisal
Auto dealer licence | a: dealer license, salesperson license for vehicles, vehicle sales license | b: Car sales

@kind certification
Certified Fund Raising Executive | a: CFRE | b: Fundraising
Certified Professional Sales Person | a: CPSP, NASP certification | b: Sales

@category marketing | Marketing and communications
Marketing | a: marketing strategy, marketing campaigns, marketing management, marketing plans, marketing plan
Digital marketing | a: online marketing, internet marketing, digital marketing strategy, digital campaigns | b: Marketing
Search engine optimization | a: SEO, on-page SEO, off-page SEO, keyword research, link building, local SEO, search engine optimisation | b: Digital marketing
Search engine marketing | a: SEM, PPC, pay-per-click, paid search, Bing Ads, Microsoft Advertising, PPC advertising | b: Digital marketing
Google Ads | a: Google AdWords, AdWords, Google Ads campaigns | b: Search engine marketing
Social media marketing | a: SMM, social media, social media management, social media strategy, social media campaigns, social media content | b: Digital marketing
Paid social advertising | a: Facebook Ads, Meta Ads, Instagram Ads, LinkedIn Ads, TikTok Ads, paid social | b: Social media marketing
Meta Business Suite | a: Facebook Business Manager, Meta Ads Manager, Facebook Ads Manager | b: Paid social advertising
Content marketing | a: content strategy, content creation, content development, content production, content calendar | b: Digital marketing
Email marketing | a: email campaigns, email newsletters, newsletters, email automation, drip campaigns, email marketing campaigns | b: Digital marketing
Mailchimp | b: Email marketing
Klaviyo | b: Email marketing
Constant Contact | b: Email marketing
Marketing automation | a: marketing automation platforms, lead nurturing | b: Digital marketing
Marketo | a: Adobe Marketo, Marketo Engage | b: Marketing automation
Pardot | a: Marketing Cloud Account Engagement, Salesforce Pardot | b: Marketing automation
Salesforce Marketing Cloud | a: SFMC, ExactTarget | b: Marketing automation
=Braze | b: Marketing automation
Affiliate marketing | a: affiliate programs, affiliate management, partner marketing | b: Digital marketing
Influencer marketing | a: influencer partnerships, influencer outreach, creator partnerships | b: Social media marketing
Conversion rate optimization | a: CRO, landing page optimization, conversion optimization | b: Digital marketing
Marketing analytics | a: marketing metrics, campaign analytics, attribution modeling, marketing attribution, ROI analysis, campaign performance analysis, marketing mix modeling | b: Marketing | r: Web analytics
Branding | a: brand management, brand strategy, brand building, brand positioning, brand awareness, brand marketing, brand development | b: Marketing
Product marketing | a: go-to-market strategy, GTM strategy, go to market, product positioning, product launches, product messaging | b: Marketing
Market research | a: marketing research, consumer research, competitive analysis, competitor analysis, market analysis, industry research, competitive intelligence | b: Marketing
Public relations | a: media relations, press releases, press relations, publicity, public affairs, PR campaigns, press release writing | b: Marketing communications
Marketing communications | a: marcom, marcomms, corporate communications, integrated marketing communications | b: Marketing
Copywriting | a: copy writing, ad copy, marketing copy, copywriter, web copy, sales copy | b: Marketing | r: Content writing
Advertising | a: ad campaigns, advertising campaigns, print advertising, TV advertising, radio advertising, outdoor advertising | b: Marketing
Media buying | a: media planning, media buyer, programmatic advertising, programmatic buying, ad buying | b: Advertising
Event marketing | a: experiential marketing, trade shows, trade show marketing, field marketing | b: Marketing
Community management | a: online community management, community building, community manager | b: Social media marketing
Hootsuite | b: Social media marketing
Sprout Social | b: Social media marketing
Growth marketing | a: growth hacking, growth strategy, user acquisition | b: Digital marketing
Performance marketing | a: paid media, paid acquisition, paid advertising, digital advertising | b: Digital marketing
Mobile marketing | a: SMS marketing, app marketing | b: Digital marketing
Video marketing | a: YouTube marketing, video content marketing | b: Content marketing
Local marketing | a: grassroots marketing, community marketing, local advertising | b: Marketing
Direct mail marketing | a: direct mail, direct marketing | b: Marketing
Customer segmentation | a: market segmentation, audience segmentation, customer personas for marketing | b: Marketing analytics
Campaign management | a: campaign planning, campaign execution, marketing campaign management, multichannel campaigns | b: Marketing
Trade marketing | a: shopper marketing, retail marketing, point-of-purchase marketing | b: Marketing
B2B marketing | a: business-to-business marketing, account-based marketing, ABM | b: Marketing
Demand generation | a: demand gen, pipeline generation | b: B2B marketing | r: Lead generation
Inbound marketing | a: inbound marketing strategy | b: Digital marketing
Sponsorships | a: sponsorship management, partnership marketing, corporate sponsorships, sponsorship sales | b: Marketing
Crisis communications | a: crisis communication, crisis PR, reputation management | b: Public relations
Internal communications | a: employee communications, internal comms | b: Marketing communications
SEMrush | a: SEMrush tools | b: Search engine optimization
Ahrefs | b: Search engine optimization
Moz | a: Moz Pro | b: Search engine optimization
Google Search Console | a: Search Console | b: Search engine optimization
Hotjar | b: Conversion rate optimization
Optimizely | b: A/B testing
Unbounce | b: Conversion rate optimization
Qualtrics | b: Market research
SurveyMonkey | a: Survey Monkey | b: Survey design
Brand ambassador | a: product sampling, in-store demos, promotional events, street team, brand ambassador work | b: Event marketing
Guerrilla marketing | b: Marketing
Social media content creation | a: TikTok content, Instagram content, Instagram Reels, short-form video content | b: Social media marketing
Marketing coordination | a: marketing coordinator, marketing support, marketing assistant | b: Marketing
Public speaking for marketing | a: webinars, webinar hosting | b: Marketing communications
Press kits | a: media kits, press kit | b: Public relations
Nonprofit marketing | a: cause marketing | b: Marketing
Political campaigns | a: campaign management in politics, political organizing, voter outreach, get out the vote, GOTV | r: Door-to-door sales

@kind certification
Google Ads certification | a: Google Ads certified, Google AdWords certification, Google Ads Search certification | b: Google Ads
Google Analytics certification | a: Google Analytics Individual Qualification, GAIQ, Google Analytics certified | b: Google Analytics
HubSpot Inbound Marketing certification | a: HubSpot certification, HubSpot certified, HubSpot Academy certification, HubSpot Content Marketing certification | b: HubSpot
Meta Certified Digital Marketing Associate | a: Facebook Blueprint certification, Meta Blueprint, Meta certified | b: Paid social advertising
Accredited in Public Relations | a: PRSA APR, APR accreditation | b: Public relations
Certified Digital Marketing Professional | a: CDMP, DMI certification | b: Digital marketing
Professional Certified Marketer | a: PCM, AMA PCM | b: Marketing

@category hr | Human resources
Human resources | a: =HR, human resource management, HRM, HR management, people operations, HR generalist, personnel management, human resources management, people ops
Recruiting | a: recruitment, talent acquisition, full-cycle recruiting, full life cycle recruiting, hiring, recruiter, candidate sourcing, sourcing candidates, headhunting, talent sourcing | b: Human resources
Technical recruiting | a: tech recruiting, IT recruiting, engineering recruiting, technical recruiter | b: Recruiting
Interviewing | a: candidate interviewing, conducting interviews, behavioral interviewing, structured interviews, candidate screening, phone screening, phone screens | b: Recruiting
Applicant tracking systems | a: ATS, Greenhouse, Lever ATS, iCIMS, Taleo, Workday Recruiting, Bullhorn, Jobvite, SmartRecruiters | b: Recruiting
LinkedIn Recruiter | a: LinkedIn Talent Solutions | b: Recruiting
Employer branding | a: recruitment marketing, employer brand | b: Recruiting
Onboarding | a: employee onboarding, new hire onboarding, new hire orientation, employee orientation | b: Human resources
Employee relations | a: employee relations management, workplace relations, employee conflict resolution | b: Human resources
Employee engagement | a: engagement surveys, employee satisfaction, staff engagement, employee experience | b: Human resources
Workplace investigations | a: HR investigations, employee investigations, misconduct investigations | b: Employee relations
Labor relations | a: union relations, collective bargaining, labour relations, union negotiations, grievance handling, grievances | b: Employee relations
Compensation and benefits | a: comp and ben, C&B, total rewards, compensation | b: Human resources
Benefits administration | a: benefits enrollment, open enrollment, employee benefits, benefits management, COBRA, 401k administration | b: Compensation and benefits
Compensation analysis | a: salary benchmarking, pay equity, compensation planning, job evaluation, salary surveys | b: Compensation and benefits
Performance management | a: performance reviews, performance appraisals, performance evaluations, performance improvement plans, PIPs | b: Human resources
Training and development | a: learning and development, employee training, staff training, training programs, employee development, corporate training | b: Human resources
HR policies | a: policy development, employee handbook, HR policy, handbook development | b: Human resources
HR compliance | a: employment law compliance, labor law compliance, EEO compliance, FMLA, FLSA, I-9 compliance, E-Verify, EEOC, I-9 | b: Human resources | r: Employment law
Human resources information systems | a: HRIS, HRMS, HCM systems, HR systems, BambooHR, HRIS management | b: Human resources
Workforce planning | a: headcount planning, strategic workforce planning, manpower planning | b: Human resources
Succession planning | a: talent management, talent reviews | b: Human resources
Organizational development | a: organization development, organizational design, org design, organisational development | b: Human resources
Change management | a: organizational change management, change leadership, Prosci, ADKAR, change initiatives | r: Organizational development
Diversity equity and inclusion | a: DEI, diversity and inclusion, D&I, DE&I, inclusion programs, diversity equity inclusion | b: Human resources
Employee retention | a: staff retention, retention strategies, turnover reduction | b: Human resources
Offboarding | a: employee offboarding, exit interviews | b: Human resources
Background checks | a: background screening, pre-employment screening, reference checks, drug screening | b: Recruiting
Job descriptions | a: job description writing, job analysis | b: Recruiting
Timekeeping | a: time and attendance, time tracking, timesheets, attendance tracking, time cards, timesheet management | b: Payroll
Leave management | a: leave of absence, LOA administration, absence management, PTO management | b: Benefits administration
Workers compensation | a: workers comp, workers comp claims | b: Benefits administration
HR analytics | a: people analytics, workforce analytics | b: Human resources
Immigration compliance | a: visa sponsorship, H-1B, immigration paperwork, work visas | b: HR compliance
Staffing | a: staffing agency, temporary staffing, staffing coordination, staffing services | b: Recruiting
Campus recruiting | a: university recruiting, college recruiting | b: Recruiting
Executive search | a: executive recruiting, retained search | b: Recruiting
Employee recognition programs | a: recognition programs, rewards and recognition | b: Employee engagement
HR business partnering | a: HR business partner, HRBP, strategic HR | b: Human resources
Personnel files | a: employee records, personnel records, HR records, HR recordkeeping | b: Human resources
Job fairs | a: career fairs, hiring events, recruitment events | b: Recruiting
Employee wellness programs | a: wellness programs, workplace wellness, employee wellbeing | b: Human resources
Conflict mediation at work | a: workplace mediation, employee mediation | b: Employee relations

@kind certification
SHRM-CP | a: SHRM Certified Professional, SHRM certification, SHRM certified | b: Human resources
SHRM-SCP | a: SHRM Senior Certified Professional | b: Human resources | i: SHRM-CP
PHR | a: Professional in Human Resources, PHR certification | b: Human resources
SPHR | a: Senior Professional in Human Resources, SPHR certification | b: Human resources | i: PHR
aPHR | a: Associate Professional in Human Resources | b: Human resources
Certified Compensation Professional | a: WorldatWork CCP | b: Compensation analysis
Certified Employee Benefit Specialist | a: CEBS | b: Benefits administration
AIRS Certified Internet Recruiter | a: AIRS CIR, AIRS certification | b: Recruiting
Prosci certification | a: Prosci certified, Prosci Change Management Certification, Prosci change practitioner | b: Change management
CPTD | a: Certified Professional in Talent Development, CPLP | b: Training and development

@category legal | Legal
Legal research | a: case law research, statutory research, legal analysis, case research
Westlaw | a: Thomson Reuters Westlaw, Westlaw Edge | b: Legal research
LexisNexis | a: Lexis, Lexis+, Lexis Advance | b: Legal research
Legal writing | a: drafting legal documents, legal drafting, brief writing, memo writing, legal memoranda, legal briefs, pleadings
Contract drafting | a: contract writing, drafting contracts, agreement drafting | b: Legal writing | r: Contract management
Contract management | a: contract administration, contracts management, contract lifecycle management, CLM, contract review, contract compliance | r: Contract drafting
Litigation | a: civil litigation, litigation support, trial preparation, lawsuits, litigation management
Legal discovery | a: e-discovery, eDiscovery, electronic discovery, document review, interrogatories, discovery requests | b: Litigation
Depositions | a: deposition preparation, deposition summaries, taking depositions, deposition | b: Litigation
=Relativity | a: Relativity eDiscovery | b: Legal discovery
Legal practice management software | a: Clio, MyCase, PracticePanther, legal case management, law practice management software | b: Legal operations
Legal operations | a: legal ops, law firm management, law firm operations
Paralegal skills | a: paralegal, legal assistant, paralegal work, legal support, paralegal services | r: Litigation
Legal filing | a: court filings, e-filing, electronic court filing, filing motions, court filing, PACER | b: Paralegal skills
Legal citation | a: Bluebook, Bluebook citation, legal citations | b: Legal writing
Corporate law | a: corporate legal, business law, entity formation, corporate transactions | 
Corporate governance | a: board governance, board relations, board of directors support, corporate secretarial | r: Corporate law
Compliance | a: regulatory compliance, compliance management, compliance programs, compliance monitoring, compliance audits, compliance reporting
Employment law | a: labor law, labour law, employment legislation, employment litigation | r: HR compliance
Intellectual property | a: IP law, intellectual property law, IP management, IP strategy
Patent law | a: patent prosecution, patent drafting, patents, patent applications, patent searches | b: Intellectual property
Trademark law | a: trademarks, trademark prosecution, trademark registration, trademark filings | b: Intellectual property
Copyright law | a: copyrights, copyright licensing, copyright registration | b: Intellectual property
Real estate law | a: property law, real estate transactions, conveyancing, real estate closings | 
Title examination | a: title search, title searches, title abstracting, title insurance, title examiner | b: Real estate law
Family law | a: divorce law, custody cases, child custody, domestic relations | 
Criminal law | a: criminal defense, criminal prosecution, criminal defence | 
Immigration law | a: immigration petitions, visa applications, USCIS filings, immigration cases | r: Immigration compliance
Estate planning law | a: estate planning, wills and trusts, trusts and estates, probate, estate administration | 
Bankruptcy law | a: bankruptcy, insolvency, creditors rights, Chapter 7, Chapter 11, Chapter 13 | 
Personal injury law | a: personal injury, tort law, torts, personal injury litigation | b: Litigation
Tax law | a: tax litigation, tax controversy | r: Taxation
Environmental law | a: environmental regulations, environmental regulatory compliance | r: Compliance
Healthcare law | a: health law, healthcare regulatory law | r: Healthcare compliance
General Data Protection Regulation | a: GDPR, GDPR compliance, CCPA, California Consumer Privacy Act, privacy regulations | b: Data privacy
Americans with Disabilities Act | a: ADA compliance, ADA accommodations, reasonable accommodations | b: Employment law
Mediation | a: dispute resolution, alternative dispute resolution, ADR, arbitration, mediator | 
Court reporting | a: stenography, court reporter, stenographer, CART captioning, realtime captioning | 
Legal billing | a: timekeeping for attorneys, billable hours, LEDES, legal e-billing | b: Legal operations
Client intake | a: legal intake, client intake interviews | b: Paralegal skills
Subpoenas | a: subpoena preparation, serving subpoenas, process serving | b: Litigation
Trial advocacy | a: oral advocacy, courtroom advocacy, trial practice, jury trials, trial experience | b: Litigation
Appellate practice | a: appellate briefs, appellate litigation | b: Litigation
Government contracts | a: federal contracting, FAR compliance, government contracting, DFARS, FAR/DFARS | r: Contract management
Legal transcription | a: legal transcriptionist | b: Transcription
Legal document preparation | a: document preparation for attorneys, legal forms | b: Paralegal skills
Regulatory research | a: regulatory analysis, policy research | r: Legal research
Securities law | a: securities regulation, SEC compliance | r: Financial compliance
Mergers and acquisitions law | a: M&A law, transactional law | r: Mergers and acquisitions
Landlord-tenant law | a: evictions, eviction proceedings, housing law | b: Real estate law
Administrative law | a: administrative hearings, regulatory law | 
Victim advocacy | a: victim services, victim advocate | r: Criminal law

@kind licence
Bar admission | a: licensed attorney, attorney license, admitted to the bar, state bar, bar license, member of the bar, licensed to practice law, licensed lawyer, state bar member | r: Litigation
Patent agent registration | a: USPTO registration, registered patent agent, patent bar | b: Patent law
Court reporter licence | a: certified shorthand reporter, RPR, Registered Professional Reporter, court reporter license | b: Court reporting
Process server licence | a: licensed process server, process server license | b: Subpoenas
Private investigator licence | a: PI license, licensed private investigator, private investigator license, private detective license | r: Workplace investigations

@kind certification
Certified Paralegal | a: NALA Certified Paralegal, paralegal certificate, paralegal certification, certified paralegal certificate | b: Paralegal skills
Certified Compliance and Ethics Professional | a: CCEP | b: Compliance
Certified Regulatory Compliance Manager | a: CRCM | b: Financial compliance
Certified Mediator | a: mediation certification, certified mediator training | b: Mediation

@category education | Education and training
Teaching | a: classroom teaching, classroom instruction, teacher, instructing, educating students, teaching experience
Lesson planning | a: lesson plans, lesson plan development, unit planning | b: Teaching
Curriculum development | a: curriculum design, curriculum planning, course development, course design, syllabus design, curriculum writing | b: Teaching | r: Instructional design
Instructional design | a: learning design, e-learning development, eLearning, e-learning, ADDIE, instructional designer, training design | r: Curriculum development
Classroom management | a: classroom discipline, classroom behavior management | b: Teaching
Differentiated instruction | a: differentiated learning, individualized instruction | b: Teaching
Special education | a: SPED, special needs education, IEP development, IEPs, individualized education programs, inclusive education, SEN | b: Teaching
Early childhood education | a: preschool teaching, pre-K, kindergarten teaching, early years education, early childhood | b: Teaching
Elementary education | a: primary education, elementary teaching, primary school teaching | b: Teaching
Secondary education | a: high school teaching, middle school teaching, secondary teaching | b: Teaching
Higher education teaching | a: college teaching, university teaching, lecturing, adjunct teaching, teaching assistant | b: Teaching
Tutoring | a: tutor, peer tutoring, one-on-one tutoring, private tutoring, homework help | b: Teaching
Student assessment | a: assessment design, grading, formative assessment, summative assessment, student evaluation, test design | b: Teaching
Educational technology | a: EdTech, ed tech, instructional technology, technology integration | b: Teaching
Learning management systems | a: LMS, Canvas LMS, =Blackboard, Moodle, Google Classroom, Schoology, D2L Brightspace, Cornerstone OnDemand | b: Educational technology
Articulate Storyline | a: Articulate 360, Articulate Rise | b: Instructional design
Adobe Captivate | a: Captivate | b: Instructional design
Camtasia | b: Instructional design
ESL teaching | a: ESL, English as a second language, teaching English, ELL instruction, EFL, ESOL, English language teaching | b: Teaching
STEM education | a: STEM teaching, science education, math education | b: Teaching
Literacy instruction | a: reading instruction, phonics, guided reading, reading intervention, literacy | b: Teaching
Math instruction | a: mathematics teaching, math teaching, math tutoring | b: Teaching
Adult education | a: adult learning, andragogy, adult basic education, GED instruction | b: Teaching
Training delivery | a: facilitation, workshop facilitation, training facilitation, delivering training, train the trainer, trainer | r: Training and development
Academic advising | a: student advising, college advising, academic counseling | b: Student affairs
School counseling | a: school counselor, guidance counseling, college counseling | b: Student affairs
Student affairs | a: student services, residence life, student life, student engagement | 
Admissions | a: college admissions, enrollment management, admissions counseling, student recruitment | b: Student affairs
Educational leadership | a: school administration, school leadership, academic leadership | 
Parent communication | a: parent-teacher communication, parent conferences, family engagement | b: Teaching
Child development | a: developmental milestones, child psychology | r: Early childhood education
Montessori | a: Montessori method, Montessori education | b: Early childhood education
Sports coaching | a: athletic coaching, youth coaching, youth sports coaching | 
Physical education | a: PE teaching, physical education teaching | b: Teaching
Music education | a: music teaching, music instruction, music lessons, piano teaching | b: Teaching
Art education | a: art teaching, art instruction | b: Teaching
Library services | a: librarianship, library science, cataloging, library management, librarian | 
Substitute teaching | a: substitute teacher, supply teaching | b: Teaching
Online teaching | a: virtual teaching, distance learning, remote teaching, online instruction | b: Teaching
Test preparation | a: SAT prep, ACT prep, test prep | b: Tutoring
Reading specialist | a: dyslexia intervention, Orton-Gillingham | b: Literacy instruction
Gifted education | a: gifted and talented, =GATE | b: Teaching
Bilingual education | a: dual language instruction, dual language education | b: Teaching
Paraprofessional support | a: paraprofessional, teacher's aide, teaching aide, classroom aide, instructional aide | b: Teaching
Educational research | a: education research, learning sciences | b: Teaching
Student mentoring | a: mentoring students, peer mentoring | b: Teaching
Course facilitation online | a: online course facilitation, MOOC development | b: Online teaching
Driver education | a: driving instructor, driving instruction, driver's ed | b: Teaching

@kind licence
Teaching licence | a: teaching license, teaching certificate, teaching credential, state teaching license, teacher certification, certified teacher, licensed teacher, QTS, Qualified Teacher Status, teaching certification | b: Teaching
Special education certification | a: special education license, SPED certification, special education endorsement, special education credential | b: Special education | i: Teaching licence
ESL endorsement | a: ESL certification, ENL certification, ESOL endorsement | b: ESL teaching
Substitute teaching permit | a: substitute teaching license, substitute license, substitute permit, substitute teaching certificate | b: Substitute teaching
School administrator licence | a: principal license, administrative credential, school administrator certification, principal certification | b: Educational leadership | i: Teaching licence
School counselor licence | a: school counselor certification, school counseling license | b: School counseling

@kind certification
TEFL certification | a: TEFL, TESOL, TEFL certificate, TESOL certificate, CELTA, TEFL certified, TESOL certified | b: ESL teaching
Child Development Associate | a: CDA credential, Child Development Associate credential | b: Early childhood education
National Board Certification | a: National Board Certified Teacher, NBCT | b: Teaching
Praxis | a: Praxis exams, Praxis II, Praxis certified, Praxis Core | b: Teaching
Montessori certification | a: AMI certification, AMS certification, Montessori certified | b: Montessori
Certified Professional Trainer | a: training certification, ATD certification | b: Training delivery
@category spoken_languages | Languages (spoken and signed)
English | a: English language, fluent English, business English, English fluency, native English
Spanish | a: Spanish language, fluent Spanish, Spanish speaker, Español, Castilian | r: Portuguese
French | a: French language, fluent French, Français
German | a: German language, fluent German, Deutsch
Italian | a: Italian language, fluent Italian
Portuguese | a: Portuguese language, Brazilian Portuguese, fluent Portuguese
Russian | a: Russian language, fluent Russian
Mandarin Chinese | a: Mandarin, Chinese, Putonghua, Chinese Mandarin, Standard Chinese, fluent Mandarin | r: Cantonese
Cantonese | a: Cantonese Chinese | r: Mandarin Chinese
Japanese | a: Japanese language, fluent Japanese, Nihongo
Korean | a: Korean language, fluent Korean
Arabic | a: Arabic language, Modern Standard Arabic, MSA Arabic, Levantine Arabic, Egyptian Arabic, fluent Arabic
Hindi | a: Hindi language | r: Urdu
Urdu | r: Hindi
Bengali | a: Bangla
Punjabi | a: Panjabi
Tamil
Telugu
Marathi
Gujarati
Kannada
Malayalam
Nepali
Sinhala | a: Sinhalese
Vietnamese | a: Vietnamese language
Thai | a: Thai language
Tagalog | a: Filipino language, Filipino
Indonesian | a: Bahasa Indonesia
Malay | a: Bahasa Malaysia, Bahasa Melayu
Burmese | a: Myanmar language
Khmer | a: Cambodian language
Lao | a: Laotian
Hmong
Turkish | a: Turkish language
Persian | a: Farsi | r: Dari
Dari | r: Persian
Pashto
Kurdish | a: Kurmanji, Sorani
Hebrew | a: Hebrew language, Modern Hebrew
Greek | a: Modern Greek, Greek language
=Polish | a: Polish language
Ukrainian
Romanian
Hungarian
Czech
Slovak
Serbian | a: Serbo-Croatian
Croatian
Bosnian
Bulgarian
Albanian
Armenian
Georgian language
Lithuanian
Latvian
Estonian
Dutch | a: Flemish
Swedish
Norwegian
Danish
Finnish
Icelandic
Catalan
Basque
Irish Gaelic | a: Gaeilge
Welsh language | a: Cymraeg
Swahili | a: Kiswahili
Amharic
Somali
Tigrinya
Yoruba
Igbo
Hausa
Zulu | a: isiZulu
Afrikaans
Haitian Creole | a: Kreyòl
American Sign Language | a: ASL
British Sign Language | a: BSL
Multilingual communication | a: bilingual, multilingual, trilingual, fluent in multiple languages, polyglot
Interpreting | a: consecutive interpreting, simultaneous interpreting, interpreter, interpreting services
Translation | a: translating, translator, document translation, technical translation, translation services | r: Interpreting, Localization
Court interpreting | a: court interpreter, legal interpreting | b: Interpreting
Sign language interpreting | a: ASL interpreting, ASL interpreter, sign language interpreter | b: Interpreting | r: American Sign Language

@kind certification
Certified Court Interpreter | a: court interpreter certification, certified court interpreter credential | b: Court interpreting
ATA certification | a: ATA certified translator, certified translator | b: Translation
RID certification | a: NIC certification, certified ASL interpreter, RID certified | b: Sign language interpreting
DELE | a: DELE certificate, Diploma de Español | b: Spanish
JLPT | a: JLPT N1, JLPT N2, JLPT N3, Japanese Language Proficiency Test | b: Japanese
HSK | a: HSK certificate, HSK 5, HSK 6 | b: Mandarin Chinese
TOEFL | a: TOEFL iBT | b: English
IELTS | a: IELTS Academic | b: English
DELF | a: DALF, DELF B2 | b: French
Goethe-Zertifikat | a: Goethe certificate, TestDaF | b: German

@category management | Management and business operations
Project management | a: project coordination, project planning, managing projects, project delivery, project manager, program coordination, project execution
Program management | a: programme management, program manager | b: Project management
Project portfolio management | a: portfolio governance | b: Program management
Product management | a: product manager, product strategy, product roadmap, roadmapping, product ownership, product owner, product roadmaps
Business analysis | a: business analyst, business systems analysis, process analysis, gap analysis
Requirements gathering | a: requirements analysis, business requirements, requirements elicitation, gathering requirements, requirements documentation, BRD, user stories | b: Business analysis
Process mapping | a: business process mapping, BPMN, process modeling, process documentation, workflow design | b: Business analysis
Stakeholder management | a: stakeholder engagement, stakeholder communication, managing stakeholders, stakeholder relations | b: Project management
Risk assessment | a: risk analysis, risk identification, risk evaluation, hazard assessment, hazard identification
Strategic planning | a: strategy development, business strategy, corporate strategy, long-range planning
Business planning | a: business plans, business plan writing, annual planning | b: Strategic planning
Operations management | a: business operations, operational management, operations manager, day-to-day operations, operations oversight
Team leadership | a: leadership, team management, people management, leading teams, team lead, supervising staff, supervisory skills, staff management, managing teams, supervision, staff supervision
Team building | a: team-building exercises, teambuilding | b: Team leadership
Staff scheduling | a: shift scheduling, employee scheduling, rota management, workforce scheduling, scheduling staff, rostering | b: Team leadership
OKRs | a: objectives and key results, goal setting | b: Strategic planning
Resource allocation | a: resource management, resource planning | b: Project management
Project scheduling | a: project schedules, Gantt charts, milestone tracking, Gantt | b: Project management
Scope management | a: project scope, scope definition | b: Project management
Executive leadership | a: C-suite, senior leadership, executive management, general management, senior management | b: Team leadership
Board reporting | a: board presentations, board reports, executive reporting | b: Executive leadership
Cross-functional collaboration | a: cross-functional teams, cross-functional coordination, interdepartmental coordination, working cross-functionally
Consulting | a: management consulting, business consulting, consultant, advisory services, strategy consulting
Entrepreneurship | a: entrepreneur, startup founding, small business ownership, business owner, founder, co-founder
Small business management | a: small business operations, running a small business | b: Entrepreneurship
Franchise operations | a: franchise management, franchising | b: Operations management
Outsourcing | a: vendor outsourcing, offshoring, BPO management | b: Vendor management
Nonprofit management | a: nonprofit administration, NGO management, charity management, nonprofit leadership
Volunteer management | a: volunteer coordination, volunteer recruitment, managing volunteers, volunteer coordinator | b: Nonprofit management
Grant writing | a: grant proposals, grant applications, grantwriting, grant writing and reporting, grant writer
Program evaluation | a: monitoring and evaluation, M&E, impact evaluation, program assessment, outcome evaluation
Benchmarking | a: competitive benchmarking, performance benchmarking | b: Strategic planning
Agile coaching | a: agile coach | b: Agile
Scrum Master skills | a: Scrum Master, scrum mastering | b: Scrum
Meeting facilitation | a: facilitating meetings, running meetings | r: Training delivery
Project documentation | a: project reports, status reports, status reporting, project status reporting | b: Project management
Cost-benefit analysis | a: ROI calculation, business case development, business cases | b: Business analysis
Operations planning | a: operational planning, capacity planning for operations | b: Operations management
Performance metrics | a: KPI management, metrics tracking, performance indicators | b: Operations management
Policy and procedure development | a: SOP development, standard operating procedures, SOPs, procedure writing | b: Operations management
Workflow optimization | a: workflow improvement, process streamlining, efficiency improvements | b: Operations management | r: Continuous improvement
Vendor contract management | a: supplier contracts, vendor contracts | b: Vendor management | r: Contract management
Office management | a: office manager, managing office operations | b: Office administration
Administrative leadership | a: administrative management, administrative supervision | b: Office administration
Multi-site management | a: multi-unit management, district management, area management, regional management | b: Operations management
Store management | a: store manager, assistant store manager, retail store management | b: Retail operations
Shift leadership | a: shift lead, shift leader, shift supervisor, shift manager | b: Team leadership
Hiring and training | a: hiring and training staff, staff recruitment and training | b: Team leadership
Digital transformation | a: business transformation, technology transformation | r: Change management

@kind certification
PMP | a: Project Management Professional, PMP certification, PMP certified, PMI-PMP | b: Project management | i: CAPM
CAPM | a: Certified Associate in Project Management | b: Project management
PRINCE2 | a: PRINCE2 Foundation, PRINCE2 Practitioner, PRINCE2 certified | b: Project management
Certified ScrumMaster | a: CSM, Scrum Master certification, certified scrum master, Professional Scrum Master, PSM I | b: Scrum
Certified Scrum Product Owner | a: CSPO, PSPO, Professional Scrum Product Owner | b: Product management
PMI-ACP | a: PMI Agile Certified Practitioner | b: Agile
SAFe Agilist | a: SAFe certification, Certified SAFe Agilist, SAFe SA, SAFe POPM | b: SAFe
PgMP | a: Program Management Professional | b: Program management
PMI-RMP | a: PMI Risk Management Professional | b: Risk management
CBAP | a: Certified Business Analysis Professional, ECBA, CCBA, IIBA certification | b: Business analysis
Certified Management Consultant | a: CMC designation | b: Consulting
Google Project Management Certificate | a: Google Project Management Professional Certificate | b: Project management

@category interpersonal | Interpersonal and workplace skills
Communication | a: communication skills, verbal communication, written communication, effective communication, communicating, interpersonal communication, oral communication
Interpersonal skills | a: people skills, interpersonal, social skills | r: Communication
Teamwork | a: team player, collaboration, collaborative, working in teams, team work, team-oriented, teamwork skills
Problem solving | a: problem-solving skills, solving problems, creative problem solving, problem solver
Critical thinking | a: analytical thinking, analytical skills, reasoning, logical thinking, analytical mindset
Attention to detail | a: detail-oriented, attention to details, meticulous, thoroughness, detail orientation
Time management | a: prioritization, prioritizing, managing deadlines, meeting deadlines, deadline management, punctuality, prioritisation
Organization skills | a: organizational skills, organisational skills, planning and organizing, well organized, highly organized
Multitasking | a: multi-tasking, juggling multiple priorities, managing multiple priorities, handling multiple tasks
Adaptability | a: flexibility, adaptable, adapting to change
Resilience | a: stress management, working under pressure, composure, grace under pressure, stress tolerance
Work ethic | a: strong work ethic, dependability, dependable, reliable, hardworking, hard-working, diligence
Emotional intelligence | a: EQ, empathy, emotional awareness, self-awareness, empathetic
Active listening | a: listening skills, listening, attentive listening
Conflict resolution | a: conflict management, resolving conflicts, managing conflict, conflict mediation
Decision making | a: decision-making skills, judgment, sound judgment, judgement, sound judgement
Creativity | a: creative thinking, innovation, innovative thinking, ideation
Public speaking | a: presentation skills, presenting, speaking engagements, keynote speaking, oral presentations, presentations
Customer focus | a: customer-centric, customer orientation, customer-focused, customer centricity | r: Customer service
Coaching and mentoring | a: coaching, mentoring, mentorship, employee coaching, staff coaching, mentor | r: Team leadership
Self-motivation | a: self-motivated, self-starter, proactive, self-driven
Independent work | a: working independently, autonomous work, self-directed, work independently
Professionalism | a: professional demeanor, professional conduct, business etiquette, professional demeanour
Cultural awareness | a: cultural competence, cultural sensitivity, cross-cultural communication, intercultural communication, diversity awareness
Persuasion | a: influencing, influencing skills, persuasive communication
Professional networking | a: networking events, relationship networking, industry networking
Patience | a: patience with customers, patient demeanor
Positive attitude | a: positive outlook, enthusiasm, friendly demeanor, can-do attitude
Learning agility | a: quick learner, fast learner, eager to learn, continuous learning, willingness to learn
Accountability | a: taking ownership, personal accountability
Integrity | a: honesty, ethical conduct, trustworthiness, trustworthy, ethics
Confidentiality | a: discretion, handling confidential information, confidential information, discreet
Storytelling | a: narrative skills | r: Communication
Giving feedback | a: constructive feedback, feedback delivery
Delegation | a: delegating, task delegation | b: Team leadership
Strategic thinking | a: strategic mindset, big-picture thinking | r: Strategic planning
Research skills | a: research, researching, desk research, research abilities
Numeracy | a: numerical skills, math skills, basic math, arithmetic, mental math, numerical ability
Physical stamina | a: standing for long periods, stamina, physical fitness, ability to stand for long periods
Manual dexterity | a: hand-eye coordination, dexterity, fine motor skills
Resourcefulness | a: resourceful, ingenuity
Cooperation | a: cooperative, cooperating with others
Dependability under supervision | a: following instructions, following directions, taking direction
Safety awareness | a: safety conscious, safety-minded, safety first
Verbal de-escalation in customer settings | a: calming upset customers, defusing situations | r: Crisis intervention

@category science | Science and laboratory
Laboratory skills | a: lab skills, laboratory techniques, lab techniques, wet lab, bench work, laboratory work, lab work, laboratory experience
Pipetting | a: micropipetting, pipettes | b: Laboratory skills
PCR | a: polymerase chain reaction, qPCR, RT-PCR, real-time PCR, RT-qPCR | b: Molecular biology
Molecular biology | a: molecular cloning, DNA extraction, RNA extraction, gel electrophoresis, plasmid preparation | r: Genetics
Cell culture | a: tissue culture, mammalian cell culture, cell lines, cell-based assays | b: Laboratory skills
Microbiology | a: bacterial culture, microbial culture, microbiological testing, microbial identification | b: Laboratory skills
Biochemistry | a: protein purification, enzyme assays, protein expression, protein characterization | b: Laboratory skills
Western blotting | a: western blot, immunoblotting, Western blots | b: Biochemistry
ELISA | a: enzyme-linked immunosorbent assay, immunoassays, immunoassay | b: Biochemistry
Flow cytometry | a: FACS, cell sorting | b: Laboratory skills
Microscopy | a: confocal microscopy, fluorescence microscopy, electron microscopy, light microscopy, SEM imaging | b: Laboratory skills
CRISPR | a: CRISPR-Cas9, gene editing, genome editing | b: Molecular biology
Next-generation sequencing | a: NGS, DNA sequencing, RNA-seq, Illumina sequencing, whole genome sequencing, Sanger sequencing | b: Molecular biology
Bioinformatics | a: computational biology, genomics analysis, sequence analysis, BLAST | r: Next-generation sequencing
Genetics | a: genomics, genetic testing, genetic analysis, genotyping | r: Molecular biology
Analytical chemistry | a: chemical analysis, quantitative chemical analysis, wet chemistry, instrumental analysis
Chromatography | a: gas chromatography, GC-MS, LC-MS, thin layer chromatography | b: Analytical chemistry
HPLC | a: high-performance liquid chromatography, UPLC, liquid chromatography | b: Chromatography
Mass spectrometry | a: mass spec, LC-MS/MS, MALDI | b: Analytical chemistry
Spectroscopy | a: UV-Vis spectroscopy, infrared spectroscopy, FTIR, NMR, NMR spectroscopy, Raman spectroscopy, UV-Vis | b: Analytical chemistry
Titration | a: titrations, Karl Fischer titration | b: Analytical chemistry
Organic chemistry | a: organic synthesis, synthetic chemistry, chemical synthesis, medicinal chemistry
Laboratory safety | a: lab safety, chemical hygiene, biosafety, BSL-2, biosafety level 2 | b: Laboratory skills | r: Chemical handling
Laboratory information management systems | a: LIMS, ELN, electronic lab notebooks, electronic laboratory notebook, LabWare, STARLIMS | b: Laboratory skills
Good Laboratory Practice | a: GLP, GLP compliance | b: Laboratory skills
Sample preparation | a: sample prep, specimen preparation, sample handling, sample processing | b: Laboratory skills
QC laboratory testing | a: QC testing, QC lab, stability testing, release testing, raw material testing | b: Laboratory skills | r: Quality control
Environmental science | a: environmental monitoring, environmental sampling, environmental assessment, environmental studies
Environmental compliance | a: environmental permitting, EPA regulations, environmental health and safety compliance, stormwater compliance | r: Environmental science
Water quality testing | a: water sampling, water testing, water analysis | b: Environmental science
Soil science | a: soil sampling, soil testing, soil analysis | b: Environmental science
Ecology | a: field ecology, ecological surveys, biodiversity surveys, wildlife surveys | b: Environmental science
Field research | a: field work, fieldwork, field data collection, field studies
Scientific writing | a: scientific publications, manuscript writing, research papers, peer-reviewed publications, journal articles, scientific manuscripts | r: Technical writing
Research design | a: experimental design, design of experiments, study design, research methodology, research methods | r: Statistical analysis
Literature review | a: literature reviews, systematic reviews, meta-analysis, literature search | r: Research design
Physics | a: applied physics, experimental physics, theoretical physics
Chemistry | a: general chemistry, chemistry lab | r: Analytical chemistry
Biology | a: biological sciences, life sciences | r: Molecular biology
Mathematics | a: applied mathematics, pure mathematics, math, maths, calculus, linear algebra, discrete mathematics | 
Toxicology | a: toxicology testing, toxicity testing
Neuroscience | a: neurobiology, electrophysiology
Immunology | a: immunohistochemistry, IHC, immunofluorescence
Histology | a: histotechnology, tissue processing, microtomy, histology sectioning | r: Clinical laboratory testing
Animal research | a: rodent handling, in vivo studies, animal models, IACUC, animal studies
Geology | a: geological mapping, geologic field work, core logging, geoscience
Meteorology | a: weather forecasting, atmospheric science
Astronomy | a: astrophysics
Food science | a: food technology, food chemistry, sensory evaluation, product formulation
Materials science | a: materials engineering, materials characterization, metallurgy, materials testing
Forensic science | a: forensic biology, crime lab, DNA analysis, evidence analysis, crime scene investigation, CSI
Psychology research | a: psychological research, behavioral research, psychometrics, psychological testing
Lab equipment maintenance | a: instrument maintenance, lab instrument troubleshooting, laboratory equipment | b: Laboratory skills
Lab animal care | a: laboratory animal care, vivarium, animal facility | b: Animal research

@kind certification
Certified Industrial Hygienist | a: CIH | b: Workplace safety
Certified Hazardous Materials Manager | a: CHMM | b: Environmental compliance
Registered Environmental Health Specialist | a: REHS, registered sanitarian | b: Environmental science | k: licence
Professional Geologist licence | a: licensed geologist, professional geologist, PG licence | b: Geology | k: licence
Laboratory Animal Technician | a: AALAS certification, LATG, ALAT | b: Lab animal care

@category engineering | Engineering
Mechanical engineering | a: mechanical design, machine design, mechanical engineer | r: SolidWorks
Electrical engineering | a: electrical design, electrical engineer, circuit design | r: Digital design
Civil engineering | a: civil design, site design, civil engineer, infrastructure design | r: Structural engineering
Structural engineering | a: structural analysis, structural design, structural calculations, structural engineer | b: Civil engineering
Chemical engineering | a: chemical process engineering, chemical engineer, process design
Aerospace engineering | a: aeronautical engineering, aircraft design, aerospace
Biomedical engineering | a: medical device design, bioengineering
Environmental engineering | a: environmental engineer, stormwater management, wastewater engineering | b: Civil engineering
Geotechnical engineering | a: soil mechanics, geotechnical analysis, foundation design | b: Civil engineering
Transportation engineering | a: traffic engineering, traffic studies, highway design | b: Civil engineering
Systems engineering | a: systems engineer, MBSE, model-based systems engineering, requirements management, SysML
Reliability engineering | a: reliability analysis, RAM analysis, Weibull analysis
Finite element analysis | a: FEA, ANSYS, Abaqus, finite element modeling, FEM | b: Mechanical engineering
Computational fluid dynamics | a: CFD, ANSYS Fluent, OpenFOAM, STAR-CCM+ | b: Mechanical engineering
Simulink | a: MATLAB Simulink | r: MATLAB
Thermodynamics | a: heat transfer, thermal analysis, thermal engineering | b: Mechanical engineering
Fluid mechanics | a: fluid dynamics | b: Mechanical engineering
Control systems engineering | a: control theory, controls design, PID control, feedback control, PID tuning | r: Industrial automation
PCB design | a: printed circuit board design, Altium, Altium Designer, Eagle PCB, KiCad, OrCAD, PCB layout | b: Electrical engineering
Analog circuit design | a: analog design, analog electronics | b: Electrical engineering
Power electronics | a: power converters, inverters, motor drives | b: Electrical engineering
Signal processing | a: digital signal processing, audio signal processing | b: Electrical engineering
RF engineering | a: radio frequency engineering, RF design, antenna design, microwave engineering | b: Electrical engineering
Electronics | a: electronics repair, electronic troubleshooting, electronic circuits, electronics technician | r: Electrical engineering
Test engineering | a: hardware testing, test equipment, oscilloscopes, oscilloscope, test fixtures | b: Electrical engineering
Power systems engineering | a: power distribution design, electrical power systems, grid engineering, protection and control, relay protection, power systems | b: Electrical engineering
Renewable energy | a: renewable energy systems, wind energy, clean energy, sustainable energy, wind turbines | r: Solar installation
HVAC design | a: mechanical systems design, MEP design, HVAC engineering | r: HVAC
MEP engineering | a: mechanical electrical plumbing, MEP coordination | r: HVAC design
Piping design | a: piping engineering, pipe stress analysis, P&ID, P&IDs | b: Mechanical engineering
Product development | a: new product development, NPD, product development lifecycle, product design and development
Design verification | a: verification and validation, V&V, design validation, DV testing | b: Product development
Tolerance analysis | a: tolerance stack-up, stack-up analysis | b: GD&T
Hardware engineering | a: hardware design, hardware development, electronics design | b: Electrical engineering
Mechatronics | a: electromechanical systems, electro-mechanical | r: Robotics
Land development | a: site development, grading design, subdivision design | b: Civil engineering
Hydrology | a: hydraulic modeling, HEC-RAS, stormwater modeling, water resources engineering | b: Civil engineering
Naval architecture | a: marine engineering, ship design
Nuclear engineering | a: nuclear power, reactor operations, nuclear safety
Mining engineering | a: mine planning, mining operations, mining
Petroleum engineering | a: reservoir engineering, drilling engineering | r: Oil and gas operations
Optics | a: optical engineering, photonics, lasers, optical design
Acoustics | a: acoustic engineering, noise and vibration, NVH
Technical specifications | a: spec writing, specification writing, engineering specifications | r: Technical writing
Engineering change management | a: engineering change orders, ECN, engineering change notices | b: Product development
Prototype fabrication | a: prototype building, prototyping hardware, 3D printing, additive manufacturing | b: Product development
Value engineering | a: cost engineering | b: Product development
Engineering calculations | a: hand calculations, design calculations | b: Mechanical engineering

@kind licence
Professional Engineer licence | a: PE license, licensed professional engineer, registered professional engineer, PE licence, Professional Engineer | i: Engineer in Training
Structural Engineer licence | a: SE license, licensed structural engineer | b: Structural engineering | i: Professional Engineer licence

@kind certification
Engineer in Training | a: EIT, FE exam, Fundamentals of Engineering, EIT certification
Certified Energy Manager | a: AEE CEM | b: Energy management
Certified Reliability Engineer | a: CRE, ASQ CRE | b: Reliability engineering
Certified Systems Engineering Professional | a: CSEP, INCOSE CSEP | b: Systems engineering
Certified SolidWorks Professional | a: CSWP, CSWA, SolidWorks certification | b: SolidWorks
Autodesk Certified Professional | a: AutoCAD certification, Revit certification, Autodesk certification | b: AutoCAD
@category media | Writing and media
Writing | a: writing skills, written content, professional writing
Creative writing | a: fiction writing, poetry, short stories, short story writing | b: Writing
Content writing | a: content writer, blog writing, blogging, article writing, web content writing, blog posts | b: Writing
Technical writing | a: technical documentation, technical writer, user manuals, user guides, API documentation, software documentation | b: Writing
Copy editing | a: copyediting, editing, line editing, AP style, Chicago Manual of Style, copy editor, editor | r: Proofreading
Journalism | a: news writing, news reporting, investigative journalism, reporter, journalist
Editorial management | a: editorial calendar, editorial planning, managing editor, editorial direction | b: Journalism
Screenwriting | a: scriptwriting, script writing, screenplays, screenwriter | b: Creative writing
Speechwriting | a: speech writing, speechwriter | b: Writing
Ghostwriting | a: ghost writing, ghostwriter | b: Writing
UX writing | a: microcopy, content design, UX copywriting | b: Writing | r: UX design
Video production | a: videography, videographer, video shooting, filming, camera operation, cinematography, camera operator | r: Video editing
Audio production | a: audio editing, sound editing, audio engineering, sound engineering, mixing and mastering, sound design, audio engineer
Podcasting | a: podcast production, podcast hosting, podcast editing, podcasts | b: Audio production
Pro Tools | a: Avid Pro Tools | b: Audio production
Adobe Audition | b: Audio production
Logic Pro | a: Logic Pro X | b: Audio production
Ableton Live | a: Ableton | b: Audio production
Live sound | a: live sound engineering, front of house mixing, sound reinforcement, stage audio, live audio | b: Audio production
Broadcasting | a: broadcast production, broadcast journalism, radio broadcasting, television production, TV production
Radio hosting | a: radio presenter, on-air talent, radio DJ, DJing, disc jockey | b: Broadcasting
Stage management | a: stage manager, theatre production, theater production, backstage
Acting | a: actor, actress, stage acting, on-camera acting, voice acting, improv
Voice-over | a: voiceover, voice talent, narration, voice over artist | r: Acting
Music performance | a: musician, instrumental performance, singing, vocals, piano, guitar, vocalist
Music production | a: beat making, music producer, composing, music composition, songwriting
Lighting design | a: stage lighting, lighting technician, theatrical lighting, lighting programming | r: Stage management
Photojournalism | a: photojournalist | b: Journalism | r: Photography
Publishing | a: book publishing, print publishing, editorial production, manuscript editing
Fact-checking | a: verification of sources | b: Journalism
Captioning | a: closed captioning, subtitling, subtitles | b: Video production
Media monitoring | a: press monitoring, media analysis, clipping services | b: Public relations
Museum work | a: museum collections, curatorial work, curation, exhibition curation, collections management
Art handling | a: art installation, exhibition installation, collections care | r: Museum work
Archiving | a: archives management, archival research, digital archiving, archivist | r: Document management
Book editing | a: developmental editing, acquisitions editing | b: Publishing
Magazine publishing | a: magazine production, magazine editing | b: Publishing
Grant reporting | a: funder reports, grant reports | b: Grant writing
Media production coordination | a: production assistant, production coordinator, production coordination | b: Video production
Film directing | a: directing, film direction, video directing, director of photography | r: Video production
Visual effects | a: VFX, compositing, Nuke compositing | b: Video editing
Live streaming | a: livestreaming, OBS Studio, streaming production, Twitch streaming | b: Video production
Social media copywriting | a: social copy, caption writing | b: Copywriting
Resume writing | a: CV writing, resume editing, cover letter writing | b: Writing
Academic writing | a: thesis writing, dissertation writing, academic papers | b: Writing

@category public_sector | Public sector, safety and clearances
Government administration | a: public administration, public sector administration, government operations, civil service, public sector
Public policy | a: policy analysis, legislative analysis, policy advocacy, policy research and analysis
Legislative affairs | a: government relations, lobbying, legislative research, government affairs | r: Public policy
Urban planning | a: city planning, town planning, land use planning, zoning, regional planning, community planning
Emergency management | a: disaster response, emergency planning, FEMA, incident command system, ICS, NIMS, disaster recovery operations, disaster relief
Law enforcement | a: policing, police work, patrol, police officer, law enforcement officer, community policing, sheriff's deputy
Criminal investigations | a: investigations, criminal investigation, detective work, evidence collection, interviewing suspects, evidence handling | b: Law enforcement
Report writing | a: police report writing, incident reports, incident report writing, incident reporting, written reports
Firefighting | a: fire suppression, firefighter, structural firefighting, wildland firefighting, fire rescue, fire service
Search and rescue | a: rescue operations, water rescue, technical rescue, search-and-rescue operations
Emergency dispatch | a: 911 dispatch, 911 dispatcher, emergency communications, public safety dispatch, emergency call handling, emergency call taking | r: Dispatching
Corrections | a: corrections officer, correctional officer, inmate supervision, detention officer, jail operations, correctional facility
Probation and parole | a: probation officer, parole officer, community supervision, probation
Military service | a: military experience, armed forces, veteran, military, active duty, military leadership, US Army, US Navy, US Air Force, US Marine Corps, Marine Corps, National Guard, Coast Guard
Weapons handling | a: firearms, firearms handling, firearms training, marksmanship, weapons qualification, weapons training
Physical security | a: physical security assessments, security assessments, facility security, perimeter security | r: Security guard services
Executive protection | a: close protection, bodyguard, personal protection, VIP protection, protective services | b: Physical security
Intelligence analysis | a: all-source analysis, intelligence analyst, OSINT, open-source intelligence, SIGINT, HUMINT, GEOINT, all-source intelligence
Social services eligibility | a: benefits eligibility, eligibility determination, SNAP eligibility, Medicaid eligibility, public assistance | b: Government administration
Code enforcement | a: code enforcement officer, bylaw enforcement, property maintenance inspection | r: Building codes
Animal control | a: animal control officer | r: Animal care
Lifeguarding | a: lifeguard, water safety, pool lifeguard, beach lifeguard
Court security | a: bailiff, court officer | b: Law enforcement
Transportation security | a: TSA screening, airport security screening, baggage screening | b: Physical security
Border and customs enforcement | a: border patrol, customs enforcement, customs inspection | b: Law enforcement
Public works | a: municipal services, street maintenance, public works maintenance | b: Government administration
Election administration | a: election management, poll worker, voter registration | b: Government administration
Census and survey fieldwork | a: census enumeration, census taker, field interviewing | b: Field research
Military logistics | a: military supply, supply sergeant, quartermaster | b: Logistics | r: Military service
Military intelligence | a: military intelligence analysis | b: Intelligence analysis | r: Military service
Combat medic | a: field medic, 68W | b: Emergency medical services | r: Military service
Security policy compliance | a: NISPOM, classified information handling, handling classified information, facility security officer, FSO | r: Security clearance

@kind clearance
Security clearance | a: active security clearance, government security clearance, active clearance, security clearance eligible, DoD security clearance, federal security clearance
Public Trust clearance | a: Public Trust, public trust position, public trust background investigation, Public Trust security clearance
Confidential clearance | a: DoD Confidential clearance, Confidential security clearance, active Confidential clearance | i: Security clearance
Secret clearance | a: !Secret, Secret security clearance, active Secret clearance, DoD Secret clearance, Secret clearance eligible, interim Secret | i: Confidential clearance
Top Secret clearance | a: =Top Secret, TS clearance, active Top Secret, !TS, Top Secret security clearance, DoD Top Secret, active TS clearance | i: Secret clearance
TS/SCI clearance | a: TS/SCI, TS-SCI, Top Secret/SCI, =SCI, Sensitive Compartmented Information, active TS/SCI, TS/SCI eligible | i: Top Secret clearance
Polygraph | a: CI polygraph, counterintelligence polygraph, full-scope polygraph, lifestyle polygraph, TS/SCI with polygraph, TS/SCI with poly, FSP, CI poly | r: TS/SCI clearance
DOE Q clearance | a: Q clearance, DOE Q, Q-cleared | i: Security clearance | r: Top Secret clearance
DOE L clearance | a: L clearance, DOE L | i: Security clearance | r: Secret clearance
NATO Secret clearance | a: NATO Secret | r: Secret clearance
SC clearance | a: Security Check clearance, SC cleared, UK SC clearance | i: BPSS
DV clearance | a: Developed Vetting, DV cleared, UK DV clearance | i: SC clearance
BPSS | a: Baseline Personnel Security Standard, BPSS clearance

@kind licence
Police officer certification | a: POST certification, POST certified, peace officer certification, sworn officer, peace officer license | b: Law enforcement
Concealed carry permit | a: CCW, concealed carry license, CCW permit, firearms license, concealed weapons permit | b: Weapons handling

@kind certification
Firefighter certification | a: Firefighter I, Firefighter II, Firefighter I/II, NFPA 1001, firefighter 1 | b: Firefighting
Lifeguard certification | a: Red Cross lifeguard, lifeguard certified, lifeguard training, lifeguard certificate | b: Lifeguarding
Water Safety Instructor | a: WSI, WSI certification | b: Lifeguarding
FEMA ICS certifications | a: ICS-100, ICS-200, ICS-300, IS-700, IS-100, NIMS certification | b: Emergency management
Certified Emergency Manager | a: IAEM CEM, Associate Emergency Manager | b: Emergency management
Emergency Telecommunicator certification | a: APCO certification, EMD certification, emergency medical dispatch, emergency medical dispatcher | b: Emergency dispatch
Certified Protection Professional | a: ASIS CPP | b: Physical security
Physical Security Professional | a: PSP, ASIS PSP | b: Physical security

@category social_care | Social and community services
Social work | a: social worker, social services, casework, social casework
Counseling | a: counselling, therapy, psychotherapy, individual counseling, group counseling, therapist, mental health counseling, counselor | b: Mental health care
Family support services | a: family services, family support, family preservation | b: Social work
Child welfare | a: child protective services, CPS, foster care, child protection, safeguarding children, safeguarding | b: Social work
Childcare | a: child care, babysitting, nanny, daycare, childminding, caring for children, nannying, child care provider, babysitter
Youth work | a: youth development, youth programs, youth mentoring, after-school programs, youth services, camp counselor, youth worker
Elder services | a: adult protective services, aging services, senior services | b: Social work | r: Geriatric care
Disability support | a: disability services, developmental disabilities, direct support professional, intellectual disabilities, IDD support, disability support worker
Caregiving | a: caregiver, caretaking, companion care, companionship, in-home caregiving, respite care, carer | b: Personal care
Community outreach | a: outreach, community engagement, community organizing, public outreach, outreach programs
Housing services | a: housing assistance, homeless services, supportive housing, housing case management, rapid rehousing, homelessness services | b: Social work
Domestic violence advocacy | a: DV advocacy, survivor advocacy, domestic violence services | b: Social work
Refugee services | a: refugee resettlement, immigrant services, newcomer services | b: Social work
Harm reduction | a: needle exchange, naloxone administration, Narcan | b: Substance abuse counseling
Peer support | a: peer support specialist, peer recovery, recovery coaching, peer counseling | b: Mental health care
Motivational interviewing | a: MI techniques | b: Counseling
Trauma-informed care | a: trauma-informed practice, trauma informed approach | b: Mental health care
Group facilitation | a: support groups, group work, group facilitation skills, group therapy | b: Counseling
Intake assessment | a: intake assessments, psychosocial assessment, biopsychosocial assessment, intake interviews | b: Social work
Resource referral | a: community resources, referrals, resource navigation, linkage to services | b: Social work
Life skills training | a: independent living skills, life skills coaching | b: Disability support
Job coaching | a: job coach, supported employment, vocational rehabilitation, employment services | b: Disability support
Career counseling | a: career coaching, career development, career guidance, career advising
Pastoral care | a: chaplaincy, spiritual care, ministry, chaplain
Funeral services | a: funeral directing, mortuary, embalming, funeral director, mortuary science
Crisis hotline support | a: crisis line, hotline counseling, crisis text line, suicide prevention | b: Crisis intervention
Residential care | a: group home, residential treatment, residential counselor, group home worker | b: Social work
Recreation therapy | a: therapeutic recreation, activities coordinator, activity director, recreational activities | b: Patient care
Meal delivery programs | a: Meals on Wheels, food bank, food pantry, food distribution | r: Community outreach
Volunteer work | a: volunteering, community service, volunteer experience | r: Volunteer management

@kind certification
Certified Child Life Specialist | a: CCLS | b: Pediatrics
Certified Peer Recovery Specialist | a: CPRS, certified peer specialist | b: Peer support
Child care licence | a: licensed child care provider, home daycare license, family child care license, child care license | b: Childcare | k: licence
Funeral director licence | a: licensed funeral director, embalmer license, funeral director license | b: Funeral services | k: licence

@category agriculture | Agriculture and animal care
Agriculture | a: farming, farm work, agricultural operations, farmhand, farm labor, crop farming, farmer, agricultural work
Crop production | a: crop management, crop cultivation, planting and harvesting, harvesting, row crops | b: Agriculture
Livestock management | a: animal husbandry, livestock care, cattle handling, herd management, ranching, livestock | b: Agriculture
Dairy farming | a: milking, dairy operations, dairy herd management | b: Livestock management
Poultry farming | a: poultry production, chicken farming | b: Livestock management
Tractor operation | a: tractor driving, farm equipment operation, farm machinery, combine operation, tractors | b: Agriculture
Greenhouse operations | a: greenhouse management, nursery operations, plant propagation, horticulture, plant nursery | b: Agriculture
Organic farming | a: organic agriculture, regenerative agriculture, permaculture | b: Agriculture
Agronomy | a: soil fertility, crop science, agronomic practices | b: Agriculture
Pesticide application | a: spraying crops, crop spraying, pesticide spraying, herbicide application | b: Agriculture | r: Pest control
Precision agriculture | a: precision farming, GPS guidance systems, yield mapping | b: Agriculture
Beekeeping | a: apiculture, beekeeper | b: Agriculture
Aquaculture | a: fish farming, fish hatchery | b: Agriculture
Forestry | a: forest management, timber harvesting, silviculture, logging operations, forestry operations
Viticulture | a: vineyard management, winemaking, enology | b: Agriculture
Animal care | a: animal handling, pet care, animal welfare, kennel work, kennel attendant, animal caretaking, animal shelter work
Pet grooming | a: dog grooming, groomer, pet groomer | b: Animal care
Dog training | a: obedience training, dog trainer, animal training | b: Animal care
Dog walking | a: pet sitting, dog walker, pet sitter | b: Animal care
Horse care | a: equine care, equine management, horse handling, stable management, grooming horses, barn management | b: Animal care
Farm management | a: farm manager, ranch management, farm operations management | b: Agriculture
Agricultural equipment repair | a: farm equipment repair, ag mechanic, agricultural mechanics | r: Heavy equipment repair
Environmental conservation | a: conservation, habitat restoration, natural resource management, wildlife management, park ranger | r: Ecology
Hydroponics | a: hydroponic growing, vertical farming, indoor farming | b: Greenhouse operations
Cannabis cultivation | a: cannabis growing, budtending, budtender, cannabis dispensary | b: Greenhouse operations
Fishing industry | a: commercial fishing, deckhand, fish processing | b: Aquaculture
Grain handling | a: grain elevator, grain storage, grain operations | b: Crop production
Farm equipment maintenance | a: farm machinery maintenance | b: Agricultural equipment repair
Veterinary reception | a: veterinary receptionist, vet receptionist, animal hospital reception | b: Veterinary care

@kind certification
Certified Crop Adviser | a: CCA, CCA certification | b: Agronomy
Certified Professional Dog Trainer | a: CPDT-KA, CPDT | b: Dog training
Fear Free certification | a: Fear Free certified | b: Animal care
Private applicator licence | a: private pesticide applicator, private applicator license | b: Pesticide application | k: licence

@category personal_services | Personal services and fitness
Cosmetology | a: hairstyling, hair styling, hairdressing, hairdresser, hair stylist, hair cutting, haircutting, hair coloring, hair colouring, salon services, haircuts
Barbering | a: barber, men's haircuts, shaving, straight razor shaving, beard trimming | b: Cosmetology
Nail technology | a: manicures, pedicures, nail technician, nail art, gel nails, acrylic nails, manicurist | b: Cosmetology
Esthetics | a: esthetician, aesthetician, facials, skincare treatments, waxing, skin care | b: Cosmetology
Makeup artistry | a: makeup artist, makeup application, bridal makeup, special effects makeup, MUA | b: Cosmetology
Eyelash extensions | a: lash extensions, lash technician, lash lifts | b: Esthetics
Personal training | a: personal trainer, fitness training, strength and conditioning, exercise programming, fitness coaching
Group fitness instruction | a: group fitness, fitness instructor, aerobics instruction, spin instructor, cycling instructor, HIIT | b: Personal training
Yoga instruction | a: yoga teacher, yoga instructor, yoga teaching, yoga | b: Group fitness instruction
Pilates instruction | a: Pilates instructor, Pilates | b: Group fitness instruction
Tattooing | a: tattoo artist, tattoo design, tattooing and piercing | r: Illustration
Salon management | a: salon manager, salon front desk, salon reception | b: Cosmetology
Personal shopping | a: personal shopper, wardrobe styling, fashion styling, stylist | r: Retail sales
Chauffeur driving | a: chauffeur, private driver, limousine driving, rideshare driving, Uber driver, Lyft driver | r: Chauffeur licence
Dry cleaning | a: dry cleaner, garment pressing | 
Shoe repair | a: cobbler, cobbling
Watch repair | a: watchmaking, horology, jewelry repair
Tailoring | a: tailor, garment alterations, bespoke tailoring | r: Sewing
Nutrition coaching | a: nutrition coach, meal planning | r: Nutrition
Life coaching | a: life coach, wellness coach | r: Coaching and mentoring
Swimming instruction | a: swim instructor, swim lessons, swimming lessons | r: Lifeguarding
Martial arts instruction | a: martial arts instructor, self-defense instruction, karate instruction | r: Group fitness instruction
Concierge personal assistance | a: personal assistant, household management, estate management | r: Executive assistance
House sitting | a: house sitter, home watch | r: Dog walking

@kind licence
Cosmetology licence | a: cosmetology license, licensed cosmetologist, cosmetologist license, hair stylist license | b: Cosmetology
Barber licence | a: barber license, licensed barber | b: Barbering
Esthetician licence | a: esthetician license, licensed esthetician, aesthetician license | b: Esthetics
Nail technician licence | a: nail tech license, manicurist license, licensed nail technician | b: Nail technology

@kind certification
NASM certification | a: NASM-CPT, NASM certified, NASM | b: Personal training
ACE personal trainer certification | a: ACE certified personal trainer, ACE-CPT | b: Personal training
ISSA certification | a: ISSA certified trainer, ISSA | b: Personal training
NSCA CSCS | a: CSCS, Certified Strength and Conditioning Specialist | b: Personal training
RYT 200 | a: RYT, Registered Yoga Teacher, 200-hour yoga teacher training, RYT 500 | b: Yoga instruction

@category aviation | Aviation
Piloting | a: pilot, aircraft piloting, flight operations, commercial flying, flight experience, flight hours
Flight planning | a: flight plans, navigation planning, weight and balance | b: Piloting
Instrument flying | a: IFR flying, instrument flight rules | b: Piloting
Air traffic control | a: ATC, air traffic controller
Flight attendant duties | a: flight attendant, cabin crew, in-flight service, inflight service, cabin safety | r: Aviation safety
Aviation safety | a: aviation safety management, aviation SMS
Aircraft dispatch | a: flight dispatch, aircraft dispatcher, flight following | r: Flight planning
Airport operations | a: airport management, airfield operations, airside operations | r: Aviation ground operations
Airline customer service | a: gate agent, ticket agent, airline ticketing, check-in agent, airline reservations | b: Customer service

@kind licence
Private pilot licence | a: private pilot license, PPL, private pilot certificate | b: Piloting
Commercial pilot licence | a: commercial pilot license, CPL, commercial pilot certificate | b: Piloting | i: Private pilot licence
Airline transport pilot licence | a: ATP certificate, ATP license, ATPL, airline transport pilot | b: Piloting | i: Commercial pilot licence
Instrument rating | a: IFR rating, instrument rated | b: Instrument flying
Certified flight instructor | a: CFI, CFII, flight instructor certificate, flight instructor | b: Piloting
Aircraft dispatcher certificate | a: FAA dispatcher certificate, aircraft dispatcher license | b: Aircraft dispatch
Control tower operator certificate | a: CTO certificate, ATC certification | b: Air traffic control

@kind certification
Flight attendant certificate | a: Certificate of Demonstrated Proficiency, FAA flight attendant certificate | b: Flight attendant duties
"""

if __name__ == "__main__":
    main()

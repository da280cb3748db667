#!/usr/bin/env python3
"""Writes tests/eval/jobs_dev.jsonl and tests/eval/jobs_heldout.jsonl.

The postings, resumes and grades below are hand-written; this script only checks them (every
qrel names a known doc, grades are 0-3, scam postings are never graded above 0, every query has
a grade-3 doc) and serializes them. Documents are written in an order fixed by the SHA-256 of
their ids, so file position says nothing about relevance (rankers break score ties by position).
Grading rubric: tests/eval/README.md.

Usage: python3 tests/eval/make_dev_sets.py   (no dependencies; output is deterministic)
"""

import hashlib
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent


def text_doc(doc_id, text):
    """A posting given as plain text, as pasted from a job board."""
    return {"type": "doc", "doc_id": doc_id, "text": " ".join(text.split())}


def job_doc(doc_id, title, company, location, description, requirements, skills=None, salary=None):
    """A posting given as structured fields; rankers see them joined one per line."""
    doc = {
        "type": "doc",
        "doc_id": doc_id,
        "title": title,
        "company": company,
        "location": location,
        "description": " ".join(description.split()),
        "requirements": requirements,
    }
    if skills:
        doc["skills"] = skills
    if salary:
        doc["salary"] = salary
    return doc


def resume(query_id, text, qrels):
    """A resume (the query) and its graded postings; unlisted postings are grade 0."""
    lines = [line.strip() for line in text.strip().splitlines()]
    return {"type": "query", "query_id": query_id, "text": "\n".join(lines), "qrels": qrels}


# Postings that follow a known scam pattern. Whatever a resume says, these are grade 0.
SCAMS = {
    "scam-data-entry",
    "scam-reshipping",
    "scam-mystery-shopper",
    "scam-crypto-assistant",
    "scam-wfh-customer-service",
    "h-scam-envelopes",
    "h-scam-payment-agent",
    "h-scam-wellness-nurse",
    "scam-cdl-lease",
}

# ---------------------------------------------------------------------------------------------
# Dev set postings
# ---------------------------------------------------------------------------------------------

DEV_DOCS = [
    # Software
    job_doc(
        "sw-rust-payments",
        "Senior Backend Engineer, Rust",
        "Ledgerline",
        "Remote (US)",
        """Build the services that move money: a double-entry ledger, card authorization and
        payouts. Our backend is Rust (Tokio, Axum) on PostgreSQL and Kafka, deployed to
        Kubernetes on AWS. You will design APIs, review code and own services in production.""",
        [
            "5+ years building backend services in production",
            "Strong Rust, or deep C++/Go and willingness to write Rust daily",
            "PostgreSQL schema design and query tuning",
            "Comfort with on-call for the services you own",
        ],
        ["Rust", "Tokio", "PostgreSQL", "Kafka", "Kubernetes", "AWS", "gRPC"],
        "$185,000 - $215,000",
    ),
    text_doc(
        "sw-junior-frontend",
        """Junior Front-End Developer - Brightside Health (Denver, CO / hybrid). We're hiring an
        early-career developer to join our patient portal team. You'll build React components in
        TypeScript, write unit tests with Jest and React Testing Library, fix accessibility
        issues, and pair with senior engineers in code review. 0-2 years of experience; bootcamp
        graduates and self-taught developers welcome. Must know HTML, CSS and JavaScript and have
        built at least one project with React. Nice to have: Git, REST APIs, Figma.
        $68,000-$80,000.""",
    ),
    text_doc(
        "sw-staff-frontend",
        """Staff Frontend Engineer - Atlas Commerce. Remote. We're looking for a staff-level
        engineer to set technical direction for our storefront platform used by 4,000 merchants.
        You'll own frontend architecture across six teams, lead the migration from a legacy
        Angular monolith to React micro-frontends, set performance budgets (Core Web Vitals) and
        mentor senior engineers. Requirements: 10+ years of professional software engineering,
        5+ years with React and TypeScript at scale, a track record of leading cross-team
        initiatives, experience with design systems, SSR (Next.js) and build tooling (webpack,
        Vite). $210k-$250k + equity.""",
    ),
    job_doc(
        "sw-dotnet-insurance",
        ".NET Developer",
        "Keystone Mutual Insurance",
        "Hartford, CT (hybrid)",
        """Maintain and extend our policy administration and claims systems. You'll build REST
        APIs in C# and ASP.NET Core, write T-SQL stored procedures, and move on-prem services to
        Azure App Service.""",
        [
            "3+ years of C# and .NET (.NET 6+ preferred)",
            "SQL Server and Entity Framework",
            "Unit testing with xUnit or NUnit",
            "Insurance or financial services experience a plus",
        ],
        ["C#", ".NET", "ASP.NET Core", "SQL Server", "Entity Framework", "Azure"],
        "$95,000 - $115,000",
    ),
    text_doc(
        "sw-embedded-cpp",
        """Embedded Software Engineer (C/C++) - Verdant Motors, Ann Arbor, MI. Develop firmware
        for battery management systems in electric vehicles. Write C and modern C++ (C++17) for
        ARM Cortex-M microcontrollers running FreeRTOS; implement CAN bus communication and
        diagnostics (UDS); bring up new boards with oscilloscopes and logic analyzers; follow
        MISRA C and ISO 26262 functional safety processes. Requirements: BS in Electrical or
        Computer Engineering, 3+ years of embedded development, strong C/C++, experience reading
        schematics and datasheets.""",
    ),
    text_doc(
        "sw-node-api",
        """Backend Developer (Node.js) - Parcelbird. Remote (Americas). Parcelbird helps small
        shops print shipping labels. You'll build and maintain our REST and GraphQL APIs in
        Node.js and TypeScript (Express, NestJS), model data in MongoDB and Redis, integrate
        carrier APIs (UPS, FedEx, USPS) and write integration tests. 2-5 years of backend
        JavaScript/TypeScript experience; familiarity with Docker and CI (GitHub Actions).""",
    ),
    job_doc(
        "sw-sre",
        "Site Reliability Engineer",
        "Northwind Streaming",
        "Seattle, WA or remote",
        """Keep a video platform serving 20 million viewers up. You'll run Kubernetes clusters on
        AWS, manage infrastructure as code with Terraform, build observability with Prometheus,
        Grafana and OpenTelemetry, lead incident response and write blameless postmortems.""",
        [
            "4+ years in SRE, DevOps or production operations",
            "Kubernetes and Terraform in production",
            "Scripting in Python or Go",
            "Participation in a follow-the-sun on-call rotation",
        ],
        ["Kubernetes", "Terraform", "AWS", "Prometheus", "Grafana", "Linux", "Python", "Go"],
    ),
    text_doc(
        "sw-ios",
        """iOS Engineer - Pocketfit, New York, NY. Build our fitness app used by 2 million
        people: SwiftUI screens, HealthKit integration, offline sync with Core Data and in-app
        subscriptions with StoreKit. 3+ years shipping iOS apps in Swift, comfortable with UIKit
        and SwiftUI, XCTest and the App Store release process.""",
    ),
    text_doc(
        "sw-qa-automation",
        """QA Automation Engineer - Tallyworks (Austin, TX). Design and maintain automated test
        suites for our accounting SaaS: UI tests in Cypress and Selenium, API tests in Python
        with pytest, performance tests with k6. Triage bugs with developers, keep CI green and
        write test plans for new features. 2+ years in QA or test automation; ISTQB
        certification a plus.""",
    ),
    text_doc(
        "sw-unity-gameplay",
        """Gameplay Programmer (Unity/C#) - Lanternfish Games, Montreal, QC. Implement player
        mechanics, enemy AI behaviors and UI for an upcoming console action game. Strong C# in
        Unity, solid 3D math (vectors, quaternions), profiling on PlayStation and Xbox dev kits,
        and a portfolio of shipped games or game jam projects. 2+ years in game development.""",
    ),
    text_doc(
        "sw-stuffed-sales",
        """Inside Sales Representative - CloudNine Software (Phoenix, AZ). Sell our cloud HR
        platform to mid-size companies. Make 60+ outbound calls per day, book demos for account
        executives and track your pipeline in Salesforce. Base salary $45,000 plus uncapped
        commission. No technical background required - we train you on the product.
        Search keywords: software engineer, backend developer, frontend developer, full stack,
        Python, Java, JavaScript, TypeScript, React, Node.js, C++, C#, .NET, Rust, Go, AWS,
        Azure, Kubernetes, Docker, Terraform, SQL, PostgreSQL, machine learning, data science,
        DevOps, SRE, embedded, firmware.""",
    ),
    # Data
    text_doc(
        "data-analyst-entry",
        """Data Analyst I - Greenway Grocers (Columbus, OH). Entry-level analyst supporting our
        merchandising team. Write SQL queries against our Snowflake warehouse, build and
        maintain Tableau dashboards on sales and shrink, and answer ad hoc questions from
        category managers. Requirements: bachelor's degree in statistics, economics, math or a
        related field; SQL; Excel (pivot tables, XLOOKUP); clear communication. An internship
        with data analysis is a plus. $62,000-$70,000.""",
    ),
    job_doc(
        "data-scientist",
        "Data Scientist, Experimentation",
        "Loopcart",
        "San Francisco, CA (hybrid)",
        """Design and analyze A/B tests for our marketplace, build causal inference and
        forecasting models, and help product teams decide what to ship.""",
        [
            "MS or PhD in statistics, economics, computer science or similar, or BS with 3+ years of experience",
            "Python (pandas, scikit-learn, statsmodels) and SQL",
            "Experimental design, hypothesis testing and power analysis",
            "Ability to explain results to non-technical stakeholders",
        ],
        ["Python", "SQL", "A/B testing", "causal inference", "scikit-learn", "statistics"],
    ),
    text_doc(
        "data-engineer",
        """Data Engineer - Meridian Health Analytics (Remote, US). Build and operate batch and
        streaming pipelines that bring claims and EHR data into our lakehouse. Stack: Python,
        Spark (Databricks), Airflow, dbt, Snowflake, Kafka, Terraform on AWS. You'll model data,
        write data quality tests and tune slow jobs. 3+ years of data engineering; strong SQL and
        Python; HIPAA experience preferred.""",
    ),
    text_doc(
        "ml-engineer-senior",
        """Senior Machine Learning Engineer, LLM Platform - Quillon AI (New York / remote). Own
        training and serving of large language models for our document automation product.
        Fine-tune transformer models with PyTorch and Hugging Face, build evaluation harnesses,
        optimize inference (quantization, vLLM, Triton) and deploy on Kubernetes with GPUs. 7+
        years of software engineering including 4+ in ML; publications or open-source
        contributions a plus. $230,000-$290,000.""",
    ),
    job_doc(
        "data-bi-bank",
        "Business Intelligence Analyst",
        "First Prairie Bank",
        "Omaha, NE",
        """Turn loan, deposit and branch data into reports for the finance and retail banking
        teams. Build Power BI dashboards, write SQL against SQL Server, and automate monthly
        regulatory and management reporting.""",
        [
            "2+ years in BI, reporting or data analysis",
            "SQL and Power BI (DAX)",
            "Banking or financial services experience preferred",
            "Bachelor's in finance, accounting, information systems or similar",
        ],
        ["Power BI", "SQL", "Excel", "DAX", "SSRS"],
    ),
    text_doc(
        "data-entry-clerk",
        """Data Entry Clerk - Tri-County Medical Records (Fresno, CA). Full-time, on-site. Enter
        patient demographic and insurance information from scanned forms into our records
        system, verify accuracy and file documents. Typing speed of 45+ WPM, attention to
        detail, basic Microsoft Excel and Word. High school diploma or GED. $18/hour,
        Monday-Friday 8-4:30.""",
    ),
    text_doc(
        "scam-data-entry",
        """Remote Data Entry / Online Data Analyst Assistant - work from home, earn $5,000/week!
        No experience needed. Just type simple data for our international clients from your
        phone or laptop, 1-2 hours a day. Get paid daily via Zelle, CashApp or crypto. To
        activate your account and receive your training kit, pay a one-time $79 registration
        fee. Limited spots - reply with your full name, date of birth and bank details to start
        today. Skills: data entry, typing, Excel, SQL, data analysis, Tableau.""",
    ),
    # Nursing and healthcare
    text_doc(
        "nurse-icu",
        """Registered Nurse - Intensive Care Unit (Nights) - St. Anselm Medical Center,
        Milwaukee, WI. Care for critically ill adults in a 24-bed mixed medical-surgical ICU:
        ventilator management, titrating vasoactive drips, arterial lines and CRRT, rapid
        response. Requirements: active Wisconsin or compact RN license; BLS and ACLS; minimum 2
        years of acute care RN experience, 1 year of ICU preferred; CCRN a plus. 3x12-hour night
        shifts, $8/hour night differential, sign-on bonus.""",
    ),
    job_doc(
        "nurse-newgrad-medsurg",
        "RN Residency - Medical-Surgical (New Graduates)",
        "Lakeshore Regional Hospital",
        "Grand Rapids, MI",
        """A 12-month paid residency for newly licensed nurses. Start with 12 weeks of precepted
        orientation on a 32-bed med-surg unit, then join the unit staff: head-to-toe
        assessments, medication administration, wound care, post-operative care and patient
        education.""",
        [
            "BSN or ADN from an accredited nursing program, graduated within the last 12 months",
            "RN license in Michigan, or NCLEX scheduled within 90 days of hire",
            "BLS certification",
        ],
        ["patient assessment", "medication administration", "Epic EHR", "patient education"],
        "$36.50/hour",
    ),
    text_doc(
        "nurse-home-health",
        """Home Health Registered Nurse - CareBridge Home Health (Tucson, AZ). Visit patients in
        their homes to provide skilled nursing: wound care, IV therapy, medication
        reconciliation, teaching for diabetes and heart failure, and OASIS start-of-care
        assessments. Requirements: Arizona RN license, 1+ year of acute care or home health
        experience, valid driver's license and a reliable car (mileage reimbursed), BLS.
        Flexible weekday schedule.""",
    ),
    text_doc(
        "nurse-manager",
        """Nurse Manager, Cardiac Step-Down Unit - Mercy Valley Hospital (Sacramento, CA). Lead
        a 40-person team of RNs and patient care techs. Own staffing and scheduling, the unit
        budget, quality metrics (falls, CAUTI, HCAHPS) and Joint Commission readiness.
        Requirements: BSN required, MSN preferred; California RN license; 5+ years of acute care
        nursing including 3+ years in a charge nurse or leadership role.""",
    ),
    job_doc(
        "cna-ltc",
        "Certified Nursing Assistant (CNA)",
        "Maple Grove Senior Living",
        "Springfield, IL",
        """Help residents with bathing, dressing, grooming, meals and mobility; take vital
        signs; document care; and report changes in condition to the nurse. Day, evening and
        night shifts available.""",
        [
            "Active Illinois CNA certification",
            "CPR/BLS or willingness to obtain",
            "Compassion and patience with elderly residents",
        ],
        ["ADLs", "vital signs", "patient transfers", "documentation"],
        "$19-$22/hour",
    ),
    text_doc(
        "lpn-peds-clinic",
        """Licensed Practical Nurse (LPN) - Little Oaks Pediatrics, Raleigh, NC. Room patients,
        take vitals and histories, administer vaccines and injections, perform hearing and
        vision screenings, and handle prescription refill calls. Requirements: current North
        Carolina LPN license, BLS, 1 year of clinic experience preferred (pediatrics a plus).
        Monday-Friday, no weekends.""",
    ),
    text_doc(
        "nurse-travel-er",
        """Travel RN - Emergency Department, 13-week contract - Horizon Travel Nursing,
        assignment in Reno, NV. $2,600/week gross with housing stipend. Requirements: 2+ years of
        recent ER experience as an RN, compact or Nevada license, BLS, ACLS, PALS, TNCC. Level II
        trauma center; 3x12 rotating shifts; may float to ICU step-down.""",
    ),
    text_doc(
        "medical-billing",
        """Medical Billing and Coding Specialist - Summit Orthopedic Group (Denver, CO). Review
        physician documentation, assign ICD-10 and CPT codes, submit claims to Medicare,
        Medicaid and commercial insurers, and work denials and patient account balances in
        Epic. Requirements: CPC or CCS certification, 2+ years of medical billing experience,
        knowledge of HIPAA. This is a business office role with no direct patient care; nursing
        or hospital background welcome.""",
    ),
    # Trucking and logistics
    text_doc(
        "cdl-otr",
        """CDL-A Truck Driver - OTR Dry Van. Redline Freight, hiring drivers based out of
        Joplin, MO. Earn $0.62-$0.70 per mile, average $1,500-$1,800 per week, home every 2-3
        weeks, 2023 Freightliner Cascadias with APUs. Requirements: valid Class A CDL, 12 months
        of verifiable tractor-trailer experience, clean MVR (no DUI in 5 years), pass DOT
        physical and drug screen. Benefits: medical, dental, 401(k), paid orientation.""",
    ),
    job_doc(
        "cdl-local-tanker",
        "Local CDL-A Tanker Driver (Hazmat)",
        "Prairie Fuel Transport",
        "Wichita, KS",
        """Deliver gasoline and diesel to convenience stores and farms within 150 miles. Home
        daily. Load at terminals, perform pre-trip inspections, and unload safely following
        hazmat procedures.""",
        [
            "Class A CDL with Tanker (N) and Hazmat (H) endorsements, or an X endorsement",
            "2 years of Class A driving experience",
            "TWIC card a plus",
            "Clean MVR and current DOT medical card",
        ],
        ["CDL-A", "hazmat", "tanker", "pre-trip inspection"],
        "$32/hour + overtime",
    ),
    text_doc(
        "delivery-van",
        """Delivery Driver (Non-CDL) - Swift Lane Logistics, Delivery Service Partner. Deliver
        packages in a branded cargo van on a set route in Tampa, FL. 10-hour shifts, 4 days a
        week, $19.50/hour. Must be 21+, hold a valid driver's license, pass a background check
        and drug test, and lift up to 50 lbs. No CDL required; we train you on our handheld
        scanner and routing app.""",
    ),
    text_doc(
        "warehouse-associate",
        """Warehouse Associate - Northstar Fulfillment (Reno, NV). Pick, pack and ship
        e-commerce orders using RF scanners; receive inbound trucks; keep inventory locations
        accurate; meet daily productivity targets. Forklift certification a plus (we certify on
        site). Able to lift 50 lbs and stand for 10-hour shifts. $18.75/hour, weekly pay, shift
        differential for nights.""",
    ),
    job_doc(
        "freight-dispatcher",
        "Freight Dispatcher",
        "BlueRidge Carriers",
        "Chattanooga, TN",
        """Dispatch a fleet of 60 company drivers and owner-operators: plan loads, book freight
        on DAT and Truckstop load boards, track trucks with ELD and GPS, and solve problems when
        a load runs late.""",
        [
            "1-3 years of trucking dispatch or freight brokerage experience",
            "Knowledge of hours-of-service (HOS) rules",
            "Comfortable with a TMS (McLeod or similar)",
            "Calm under pressure, strong phone skills",
        ],
        ["dispatch", "load boards", "TMS", "ELD", "hours of service"],
    ),
    text_doc(
        "logistics-director",
        """Director of Logistics and Distribution - Columbia Home Goods (Atlanta, GA). Lead
        transportation and three distribution centers (1.2M sq ft, 400 associates). Own a $60M
        freight budget, carrier contracts and network design; implement a new WMS; report to the
        COO. Requirements: 10+ years in logistics or supply chain with 5+ years managing
        managers; bachelor's degree, MBA preferred; APICS/ASCM certification a plus.""",
    ),
    text_doc(
        "forklift-operator",
        """Forklift Operator - Cold Storage (Night Shift). Arctic Harbor Foods, Allentown, PA.
        Operate sit-down and reach forklifts in a -10F freezer, load and unload trailers, put
        away pallets and replenish pick locations using RF guns. 6 months of forklift experience
        required; valid forklift certification; freezer gear provided. $22/hour plus $2 freezer
        premium.""",
    ),
    text_doc(
        "scam-reshipping",
        """Remote Package Handling Coordinator - GlobalParcel Express. Work from home and earn
        $3,000-$5,000 per week! No experience needed. Receive packages at your home address,
        inspect and repackage them, print the prepaid labels we email you, and ship them to our
        overseas customers. Flexible hours. A one-time $150 enrollment fee covers your shipping
        supplies and background check. Send your bank account details so we can set up direct
        deposit. Logistics, shipping, warehouse and delivery driver experience welcome.""",
    ),
    # Retail
    text_doc(
        "retail-sales-associate",
        """Retail Sales Associate - Outfitters Co., Westfield Mall, San Diego. Greet customers,
        help them find the right gear, run the register, restock the floor and fitting rooms,
        and hit daily sales goals. Part-time (20-30 hours), evenings and weekends required.
        Previous retail or customer service experience preferred. $17/hour plus employee
        discount.""",
    ),
    job_doc(
        "retail-store-manager",
        "Store Manager",
        "HomeBasics",
        "Dayton, OH",
        """Run a $9M big-box store with 55 associates: hiring, training and scheduling, P&L and
        payroll budget, inventory shrink, merchandising standards and the customer
        experience.""",
        [
            "5+ years of retail management, including 2+ years as a store or assistant store manager",
            "Track record of hitting sales and shrink targets",
            "Availability for nights, weekends and holidays",
        ],
        ["P&L", "scheduling", "merchandising", "loss prevention", "team leadership"],
        "$72,000 + bonus",
    ),
    text_doc(
        "retail-cashier",
        """Cashier / Front End Associate - Valley Fresh Market (Yakima, WA). Ring up groceries
        quickly and accurately, handle cash, cards and WIC/EBT, bag orders and keep the front
        end clean. No experience required; we provide paid training. Full- and part-time
        positions, flexible schedules for students. $16.66/hour.""",
    ),
    text_doc(
        "retail-visual-merch",
        """Visual Merchandiser - Luma Home (Chicago, IL). Set up window displays and in-store
        floor sets each season, follow planograms, style furniture vignettes and photograph
        displays for corporate. 2+ years in visual merchandising or retail display; an eye for
        color and layout; able to lift 40 lbs and use ladders. Portfolio required.""",
    ),
    text_doc(
        "retail-inventory",
        """Inventory Control Specialist - ToolTown Hardware (Boise, ID). Perform cycle counts,
        investigate discrepancies, receive vendor shipments, process returns to vendor and keep
        on-hand counts accurate in our POS and inventory system. 1+ year of retail or warehouse
        inventory experience; comfortable with handheld scanners and Excel. Early morning
        shifts.""",
    ),
    text_doc(
        "scam-mystery-shopper",
        """Mystery Shopper / Secret Shopper Needed - Earn $500 per assignment. Evaluate customer
        service at major retail stores (Walmart, Target, Best Buy) in your area. We will mail
        you a cashier's check for $2,950; deposit it, keep $500 as your pay, use $200 to shop,
        and send the balance by Western Union or gift cards to our evaluation team. No
        experience, start immediately. Retail sales associates, cashiers and customer service
        representatives preferred.""",
    ),
    # Finance
    text_doc(
        "fin-staff-accountant",
        """Staff Accountant - Harbor Point Manufacturing (Cleveland, OH). Own month-end close for
        two entities: journal entries, accruals, prepaid and fixed asset schedules, and balance
        sheet reconciliations. Support the annual audit and help implement NetSuite.
        Requirements: bachelor's in accounting; 2-4 years of public or corporate accounting
        experience; strong GAAP knowledge; advanced Excel; CPA or CPA-track preferred.
        $68,000-$78,000.""",
    ),
    job_doc(
        "fin-ap-clerk",
        "Accounts Payable Clerk",
        "Sunbelt Building Supply",
        "Orlando, FL",
        """Process 500+ vendor invoices per week: three-way match to purchase orders and
        receipts, code to GL accounts, enter in QuickBooks, and prepare check and ACH runs.
        Answer vendor inquiries and reconcile vendor statements.""",
        [
            "1+ year of accounts payable or bookkeeping experience",
            "QuickBooks or similar accounting software",
            "Accurate 10-key data entry",
            "High school diploma; associate degree in accounting a plus",
        ],
        salary="$21-$24/hour",
    ),
    text_doc(
        "fin-fpa-analyst",
        """Financial Analyst, FP&A - Cresta Software (Denver, CO / hybrid). Build the annual
        budget and monthly forecasts, analyze SaaS metrics (ARR, churn, CAC), prepare variance
        analyses and board decks, and partner with department heads on headcount planning. 2-4
        years in FP&A, investment banking or corporate finance; expert Excel financial
        modeling; SQL or Adaptive Planning a plus.""",
    ),
    text_doc(
        "fin-bank-teller",
        """Bank Teller - Heartland Community Bank (Des Moines, IA). Process deposits,
        withdrawals, loan payments and check cashing; balance your cash drawer; spot fraud and
        counterfeit bills; refer customers to bankers for loans and new accounts. 6+ months of
        cash handling or customer service experience (retail, restaurant, call center).
        $18/hour, rotating Saturday mornings.""",
    ),
    text_doc(
        "fin-cfo",
        """Chief Financial Officer - Redwood Clinics (Portland, OR). Lead finance, accounting,
        revenue cycle and IT for a 30-location healthcare group with $400M in revenue. Own
        capital strategy, lender and board relationships, and M&A. 15+ years of progressive
        finance leadership, 5+ as CFO or VP Finance; CPA and/or MBA required; healthcare services
        experience strongly preferred.""",
    ),
    text_doc(
        "fin-tax-preparer",
        """Seasonal Tax Preparer - Liberty Street Tax Service (Memphis, TN). January through
        April. Prepare individual federal and state returns (1040, Schedules A, C, E), interview
        clients, and explain refunds and balances due. Prior tax preparation experience or
        completion of our free tax course; PTIN required before start; EA or CPA a plus.
        $20-$30/hour depending on experience.""",
    ),
    job_doc(
        "fin-payroll",
        "Payroll Specialist",
        "Cascade Staffing Group",
        "Tacoma, WA",
        """Run biweekly multi-state payroll for 1,200 temporary and permanent employees in ADP
        Workforce Now: timesheet audits, garnishments, tax filings, year-end W-2s and payroll
        reconciliations to the general ledger.""",
        [
            "2+ years processing multi-state payroll",
            "ADP, Paychex or Paylocity experience",
            "Knowledge of FLSA and state wage laws",
            "CPP or FPC certification preferred",
        ],
        ["ADP", "payroll", "garnishments", "Excel", "reconciliation"],
    ),
    text_doc(
        "scam-crypto-assistant",
        """Financial Assistant - Crypto Trading Team (100% Remote). Earn $5,000/week from home,
        no experience necessary! Our AI trading system does the work; you just transfer funds
        between accounts and report balances. You must open accounts on our partner exchanges
        and deposit a $250 starter fee to unlock training (refunded after your first week).
        Bookkeeping, accounting, payroll, bank teller and finance backgrounds are perfect. Apply
        via Telegram today.""",
    ),
    # Trades
    text_doc(
        "trade-journeyman-electrician",
        """Journeyman Electrician - Ironwood Electric (Columbus, OH). Commercial and
        light-industrial construction: bend and install EMT and rigid conduit, pull wire,
        terminate panels and switchgear up to 480V three-phase, install lighting controls and
        troubleshoot circuits. Read blueprints and follow the NEC. Requirements: state
        journeyman electrician license, 4+ years in the trade, own hand tools, OSHA 10 (OSHA 30
        preferred). $36-$42/hour, union-scale benefits.""",
    ),
    job_doc(
        "trade-apprentice-electrician",
        "Electrician Apprentice (No Experience)",
        "BrightWire Residential",
        "Charlotte, NC",
        """Start a career in the electrical trade. Work alongside licensed electricians wiring
        new homes: rough-in, pulling wire, installing boxes, outlets and fixtures. We pay for
        your apprenticeship classes.""",
        [
            "High school diploma or GED",
            "Reliable transportation and a valid driver's license",
            "Able to climb ladders and work in attics and crawl spaces",
            "No experience required",
        ],
        salary="$17/hour to start",
    ),
    text_doc(
        "trade-hvac",
        """HVAC Service Technician - Comfort Pros Heating & Air (Phoenix, AZ). Diagnose and
        repair residential and light commercial heat pumps, split systems, RTUs and furnaces;
        recover and charge refrigerant; replace compressors, motors and controls; run
        maintenance agreements. Requirements: EPA 608 Universal certification, 3+ years of HVAC
        service experience, clean driving record. Company truck, $28-$38/hour plus spiffs and
        on-call pay.""",
    ),
    text_doc(
        "trade-plumber",
        """Licensed Plumber - Reliant Plumbing & Drain (Columbus, GA). Service and repair
        residential plumbing: water heaters (tank and tankless), leak detection, drain cleaning
        with jetters and cables, fixture installs, and repiping in PEX and copper. Journeyman or
        master plumbing license required; 3+ years of service plumbing; a customer-facing
        attitude.""",
    ),
    text_doc(
        "trade-welder",
        """Structural Welder / Fabricator - Gulf Coast Steel Works (Beaumont, TX). Weld and fit
        structural steel and pressure piping: FCAW and SMAW in all positions, MIG and TIG on
        stainless; read welding symbols and shop drawings; operate plasma cutters and press
        brakes. AWS D1.1 certification (or the ability to pass our 3G/4G weld test). 2+ years of
        fabrication experience. $25-$32/hour, overtime available.""",
    ),
    text_doc(
        "trade-carpenter",
        """Finish Carpenter - Oak & Iron Builders (Bend, OR). Install trim, doors, cabinets,
        built-ins and stair parts in custom homes. Read plans, lay out and cut accurately, and
        work with nail guns, miter saws and table saws. 3+ years of finish carpentry; own tools
        and truck.""",
    ),
    job_doc(
        "trade-maintenance-tech",
        "Industrial Maintenance Technician",
        "Allied Packaging",
        "Fort Wayne, IN",
        """Keep high-speed packaging lines running: troubleshoot electrical, mechanical,
        hydraulic and pneumatic systems; read ladder logic and troubleshoot Allen-Bradley PLCs;
        replace motors, bearings, VFDs and sensors; complete preventive maintenance in our
        CMMS.""",
        [
            "3+ years of industrial maintenance in manufacturing",
            "Strong 480V three-phase electrical troubleshooting",
            "PLC troubleshooting (RSLogix / Studio 5000)",
            "Welding and fabrication a plus",
        ],
        ["PLC", "electrical troubleshooting", "hydraulics", "pneumatics", "VFD"],
        "$30-$36/hour",
    ),
    text_doc(
        "trade-electrical-engineer",
        """Electrical Engineer (Power Distribution) - Stanton & Reyes Engineers (Houston, TX).
        Design medium- and low-voltage power distribution for hospitals and data centers: load
        calculations, short-circuit and arc-flash studies in ETAP or SKM, one-line diagrams and
        construction documents in Revit/AutoCAD, and construction administration. Requirements:
        BS in Electrical Engineering from an ABET-accredited program, PE license or EIT with 4+
        years of design experience, NEC knowledge, familiarity with switchgear, panels and
        480V three-phase systems.""",
    ),
    # Customer support
    text_doc(
        "cs-call-center",
        """Customer Service Representative - Evergreen Utilities Contact Center (Spokane, WA).
        Answer inbound calls from residential customers about bills, payment arrangements,
        start/stop service and outages. Handle 60-80 calls per day, document every interaction
        in our CRM, and meet quality and handle-time targets. 6+ months of customer service
        experience; typing 35 WPM; paid 3-week training. $19/hour, full benefits.""",
    ),
    job_doc(
        "cs-tech-support",
        "Technical Support Specialist (Tier 1)",
        "Shiftboard",
        "Remote (US)",
        """Help small businesses get the most from our scheduling software. Troubleshoot login,
        sync and integration issues by email, chat and phone; reproduce bugs and escalate them
        to engineering in Jira; write help center articles.""",
        [
            "1-2 years in technical support, help desk or IT",
            "Comfortable with browsers, DNS basics and APIs",
            "Zendesk or Freshdesk experience",
            "Excellent written English",
        ],
        ["Zendesk", "Jira", "troubleshooting", "SaaS", "customer support"],
        "$50,000-$58,000",
    ),
    text_doc(
        "cs-customer-success",
        """Customer Success Manager - Fieldnote (Boston, MA / remote). Own a book of 60
        mid-market SaaS accounts: onboarding, quarterly business reviews, adoption plans,
        renewals and expansion. 3+ years in customer success or account management at a B2B
        software company; experience with Gainsight or Salesforce; comfortable presenting to
        executives.""",
    ),
    text_doc(
        "cs-bilingual-spanish",
        """Bilingual Customer Care Agent (English/Spanish) - Sol Wireless (El Paso, TX). Help
        customers by phone and chat with billing, phone activations and plan changes in both
        English and Spanish. Fluency in Spanish and English required (you will be tested). 6
        months of call center or retail experience. $18.50/hour + $1.50 bilingual
        differential.""",
    ),
    text_doc(
        "cs-support-lead",
        """Customer Support Team Lead - Northbeam Home Insurance (Omaha, NE). Lead a team of 14
        phone and chat agents: coaching, quality reviews, scheduling, escalations and weekly KPI
        reporting (CSAT, first contact resolution, AHT). 3+ years in customer service including
        1+ year as a lead or supervisor.""",
    ),
    text_doc(
        "cs-chat-support",
        """Remote Chat Support Agent - Petwise (online pet pharmacy). Answer customer chats and
        emails about orders, shipping, refunds and prescriptions from home. Handle 3 chats at
        once, write friendly, accurate replies and use macros in Gladly. 1 year of customer
        service experience (retail, call center or hospitality); a quiet workspace and reliable
        internet. $17/hour.""",
    ),
    text_doc(
        "scam-wfh-customer-service",
        """Work From Home Customer Service Representative - earn $5,000/week! No experience, no
        interview. Answer simple emails and chats for our partner companies in your spare time.
        Start today: pay a $99 fee for your background check and company laptop shipping (fully
        reimbursed after your first paycheck). Send a photo of your ID and your bank login so
        payroll can verify your account. Call center, customer support, technical support and
        retail experience welcome.""",
    ),
    # Teaching
    text_doc(
        "teach-elementary",
        """3rd Grade Teacher - Cedar Hollow Elementary, Boise School District (Boise, ID). Plan
        and teach reading, writing, math, science and social studies to a class of 24; use
        small-group instruction and i-Ready data to differentiate; communicate with families;
        collaborate in a grade-level PLC. Requirements: bachelor's degree and an Idaho
        elementary teaching certificate (K-8) or eligibility; student teaching experience.
        Salary per district schedule, $47,000-$72,000.""",
    ),
    job_doc(
        "teach-hs-math",
        "High School Mathematics Teacher",
        "Riverside High School",
        "Fort Collins, CO",
        """Teach Algebra II, Pre-Calculus and AP Statistics to grades 10-12. Design lessons and
        assessments aligned to state standards, use Desmos and Google Classroom, and support
        students in after-school tutoring.""",
        [
            "Colorado teaching license with a secondary mathematics endorsement (or in progress)",
            "Bachelor's degree in mathematics or math education",
            "Experience teaching high school math, including student teaching",
        ],
        ["Algebra", "Pre-Calculus", "AP Statistics", "lesson planning", "classroom management"],
    ),
    text_doc(
        "teach-special-ed",
        """Special Education Teacher (Resource Room, K-5) - Willow Creek Elementary (Tacoma,
        WA). Write and implement IEPs, deliver specially designed instruction in reading and math
        in small groups and push-in settings, collect progress-monitoring data and lead IEP
        meetings with families. Washington special education endorsement required; experience
        with students with autism and behavior plans preferred.""",
    ),
    text_doc(
        "teach-paraprofessional",
        """Paraprofessional / Teacher's Aide - Lincoln Elementary (Dubuque, IA). Support
        classroom teachers in K-2: work with small reading groups, supervise lunch and recess,
        help students with special needs follow their plans, and prepare materials. High school
        diploma; an associate degree, 48 college credits, or a passing ParaPro score.
        School-year schedule, $16.50/hour.""",
    ),
    text_doc(
        "teach-principal",
        """Elementary School Principal - Maplewood Unified School District (Modesto, CA). Lead a
        600-student K-5 school with 45 staff: instructional leadership, teacher evaluation,
        budget, school safety and family engagement. California Administrative Services
        Credential, 5+ years of successful classroom teaching, and 2+ years as an assistant
        principal or instructional coach.""",
    ),
    text_doc(
        "teach-corporate-trainer",
        """Corporate Trainer / Learning and Development Specialist - Pinnacle Logistics
        (Memphis, TN). Design and deliver onboarding and compliance training for 2,000 warehouse
        and office employees. Build e-learning modules in Articulate 360, facilitate workshops
        and measure training impact. 2+ years of training, teaching or instructional design
        experience; former teachers encouraged to apply.""",
    ),
    job_doc(
        "teach-esl-adult",
        "ESL Instructor (Adult Education)",
        "Metro Community College",
        "Minneapolis, MN",
        """Teach English as a Second Language to adult immigrants and refugees, beginning to
        intermediate levels, evenings. Plan lessons on speaking, listening, reading and
        workplace English; assess learners with CASAS.""",
        [
            "Bachelor's degree; TESOL/TEFL certificate or ESL endorsement",
            "1+ year teaching ESL or adult learners",
            "Spanish, Somali or Hmong language skills a plus",
        ],
        ["ESL", "TESOL", "lesson planning", "adult education"],
        "$32/hour",
    ),
    text_doc(
        "teach-coding-bootcamp",
        """Web Development Instructor - LaunchCode Academy (Chicago, IL / hybrid). Teach a
        16-week full-stack bootcamp: JavaScript, React, Node.js, Express, SQL and Git. Lead
        lectures and live coding, review projects and coach students through their job search.
        2+ years as a professional web developer; teaching, tutoring or mentoring experience
        strongly preferred.""",
    ),
]

# Competing postings added so each field has several good matches, some in other words than the
# resumes use, and more near misses.
DEV_DOCS += [
    text_doc(
        "sw-infra-go",
        """Software Engineer, Infrastructure (Go) - Quarry Labs (Remote, US/Canada). Build the
        control plane for our distributed block storage service: Go services talking gRPC,
        consensus with etcd/Raft, Linux performance work, and careful rollouts. You'll be on call
        for what you build. 4+ years of backend or systems programming; Rust or C++ a plus.""",
    ),
    job_doc(
        "sw-payments-java",
        "Senior Software Engineer, Payments Platform",
        "Harborline Bank",
        "New York, NY (hybrid)",
        """Modernize our real-time payments platform: event-driven services in Java and Kotlin
        on Kafka, a new general ledger on PostgreSQL, idempotent APIs for ACH, wires and
        FedNow.""",
        [
            "6+ years of backend engineering, including payments or ledgers",
            "Java or Kotlin; experience with another systems language welcome",
            "Kafka and relational databases at scale",
        ],
        ["Java", "Kotlin", "Kafka", "PostgreSQL", "payments"],
    ),
    text_doc(
        "sw-associate-web",
        """Associate Software Engineer, Web (Early Career Program) - Meadowlark Insurance
        (Des Moines, IA / hybrid). A two-year rotational program for new developers. Build
        customer-facing web UI with a modern JavaScript framework, learn our design system, write
        automated tests and ship with a mentor. CS degree, coding bootcamp or equivalent
        portfolio; no professional experience required. $70,000.""",
    ),
    text_doc(
        "sw-wordpress",
        """Web Developer (WordPress) - Bright Signal Marketing (Lakewood, CO). Build and maintain
        client websites: custom WordPress themes in PHP, HTML, CSS and JavaScript; landing pages;
        site speed and SEO fixes. 1-2 years of web development; portfolio required.""",
    ),
    text_doc(
        "sw-dynamics-developer",
        """Dynamics 365 Developer - Northgate Distributors (Worcester, MA). Extend our ERP and
        CRM: write C# plugins and Azure Functions, build integrations with the Dataverse Web API,
        and optimize SQL Server reporting queries. 3+ years of C# development; Dynamics or other
        ERP experience preferred.""",
    ),
    text_doc(
        "sw-firmware-iot",
        """Firmware Engineer, Connected Sensors - Fieldwise (Boulder, CO). Write low-power C
        firmware for Bluetooth LE and LoRa sensors on Nordic nRF52/nRF53 using Zephyr RTOS;
        bootloaders and over-the-air updates; power profiling; manufacturing test fixtures. 3+
        years of embedded C; hardware bring-up experience.""",
    ),
    text_doc(
        "sw-platform-engineer",
        """Platform Engineer - Cobalt Health (Remote). Build our internal developer platform:
        Kubernetes operators, ArgoCD GitOps pipelines, golden-path service templates, secrets
        management and cost dashboards. 3+ years of platform, infrastructure or DevOps work with
        Kubernetes and a cloud provider (AWS or GCP).""",
    ),
    text_doc(
        "data-product-analyst",
        """Product Analyst - Tiltworks Games (Austin, TX). Analyze player funnels, retention and
        monetization for our mobile games; define KPIs; build Looker dashboards; help design and
        read experiments. 1-3 years in analytics; strong SQL; a degree in a quantitative field.
        Recent graduates with analytics internships are encouraged to apply.""",
    ),
    text_doc(
        "data-etl-developer",
        """ETL Developer - Statewide Health Plan (Harrisburg, PA). Maintain SSIS and Informatica
        jobs that load eligibility and claims files into the enterprise data warehouse; migrate
        them to Azure Data Factory; write complex T-SQL. 3+ years of ETL development.""",
    ),
    text_doc(
        "nurse-telemetry-grad",
        """Graduate Nurse - Telemetry / Progressive Care - Bayview Medical Center (Holland, MI).
        New graduates welcome! A 10-week preceptorship on a 28-bed cardiac telemetry unit,
        followed by a year of monthly residency seminars. Care for patients after cardiac
        catheterization and with heart failure; cardiac monitoring and rhythm interpretation
        taught on the job. Requirements: ADN or BSN, Michigan RN licence or temporary permit,
        BLS (ACLS within 6 months).""",
    ),
    job_doc(
        "nurse-cvicu",
        "Registered Nurse - Cardiovascular ICU",
        "Lakefront Heart Institute",
        "Chicago, IL",
        """Care for patients after open-heart surgery, TAVR and ECMO in a 20-bed CVICU:
        hemodynamic monitoring, vasoactive infusions, ventilator weaning and family
        support.""",
        [
            "2+ years of adult ICU experience",
            "Illinois or compact RN license, BLS, ACLS",
            "CCRN or CSC preferred",
        ],
        ["critical care", "hemodynamic monitoring", "ventilators", "ACLS"],
        "$48-$62/hour",
    ),
    text_doc(
        "nurse-clinical-instructor",
        """Clinical Nursing Instructor (Adjunct) - Great Lakes College of Nursing (Milwaukee,
        WI). Supervise BSN students in medical-surgical and critical care clinical rotations and
        grade care plans. MSN required; active RN license; 3+ years of acute care nursing.""",
    ),
    text_doc(
        "cdl-hazmat-tanker-otr",
        """OTR Chemical Tanker Driver - CDL-A with Hazmat - Keystone Bulk (Tulsa, OK). Haul
        bulk chemicals nationwide, 2-3 weeks out. Class A CDL with Hazmat and Tanker
        endorsements (X) required, 2 years of tractor-trailer experience, TWIC card. $0.75/mile
        plus load pay.""",
    ),
    text_doc(
        "cdl-regional-reefer",
        """Regional Reefer Driver - Class A - ColdLink Carriers (Springfield, MO). Home every
        weekend. Haul refrigerated food loads in a 5-state region with late-model Volvo trucks
        and Thermo King units. 1 year of tractor-trailer experience, good safety record. Average
        $1,400/week, $3,000 sign-on bonus.""",
    ),
    text_doc(
        "scam-cdl-lease",
        """Be Your Own Boss - Earn $5,000/week hauling freight! No experience and no CDL needed
        to start; we get you licensed in 7 days. Lease-purchase a truck with no credit check:
        just send a $2,500 down payment by wire to reserve your truck today. CDL-A drivers,
        OTR, regional and owner-operators welcome.""",
    ),
    text_doc(
        "warehouse-material-handler",
        """Material Handler - 2nd Shift - Crossroads Distribution Center (Sparks, NV). Load and
        unload trailers, move product with pallet jacks and sit-down forklifts, build and wrap
        outbound pallets, and scan every move into our WMS. Previous distribution center
        experience preferred; forklift training provided. $19.25/hour plus $1.50 shift
        premium.""",
    ),
    text_doc(
        "retail-team-member",
        """Team Member - Guest Service and Sales Floor - Northgate Target (San Diego, CA). Help
        guests find what they need, run checkout lanes, process returns at Guest Service,
        replenish the sales floor and keep the store guest-ready. Flexible part-time hours;
        evenings and weekends. No experience required. $18/hour.""",
    ),
    text_doc(
        "fin-universal-banker",
        """Universal Banker - Prairie State Bank (Ames, IA). Handle teller transactions, open
        checking and savings accounts, resolve account issues, and refer customers for loans.
        1 year of banking, teller or sales experience; NMLS registration after hire. $20/hour
        plus incentives.""",
    ),
    text_doc(
        "fin-senior-accountant",
        """Senior Accountant, Technical Accounting - Verity Software (Cleveland, OH). Own
        revenue recognition under ASC 606, consolidations for 6 entities and lease accounting;
        draft technical memos; lead the SOX control environment for the close. 5+ years of
        accounting with Big 4 audit experience; active CPA license required.""",
    ),
    text_doc(
        "trade-inside-wireman",
        """Inside Wireman - Commercial (IBEW signatory contractor) - Buckeye Power Systems
        (Dublin, OH). Install conduit and cable tray, service entrances, distribution panels and
        motor controls on hospital and school projects. Journeyman inside wireman card or state
        license required; OSHA 30 a plus. Union wages and benefits.""",
    ),
    text_doc(
        "trade-electrical-foreman",
        """Electrical General Foreman - Summit Electrical Contractors (Columbus, OH). Run crews of
        15-30 electricians on large commercial projects: manpower planning, material ordering,
        schedule, quality and safety. Master electrician license and 12+ years in the trade
        including 5+ as a foreman.""",
    ),
    text_doc(
        "cs-member-services",
        """Member Services Representative - Evergreen Health Plan (Spokane, WA). Take phone
        calls from members about benefits, claims, ID cards and finding a doctor; log every
        contact; follow up on open issues. 1 year of phone-based experience in any industry; we
        train you on health insurance. Bilingual English/Spanish a plus. $20/hour.""",
    ),
    text_doc(
        "cs-outbound-sales",
        """Outbound Sales Representative (Call Center) - Brightline Home Security (Spokane, WA).
        Call warm leads and sell home security packages; 100+ dials per day; base pay plus
        commission. Call center or sales experience preferred.""",
    ),
    text_doc(
        "cs-it-helpdesk",
        """IT Help Desk Analyst - Northwest Regional Hospital (Kansas City, KS). First point of
        contact for 3,000 staff: password and MFA resets, Active Directory accounts, laptop and
        printer issues, and ticket triage in ServiceNow. CompTIA A+ preferred; 1+ year of help
        desk or desktop support.""",
    ),
    text_doc(
        "teach-kindergarten",
        """Kindergarten Teacher - Meridian Joint School District (Meridian, ID). Teach a
        full-day kindergarten class: foundational literacy and numeracy, play-based centers and
        social-emotional learning; partner with families. Idaho teaching certificate (K-8 or
        early childhood) required.""",
    ),
    text_doc(
        "teach-reading-interventionist",
        """Reading Interventionist (K-3) - Boise Community Schools. Deliver small-group reading
        intervention using structured literacy (Orton-Gillingham), monitor progress, and coach
        classroom teachers on phonics. Idaho teaching certificate required; reading endorsement
        preferred.""",
    ),
    text_doc(
        "teach-middle-math",
        """Middle School Math Teacher (Grades 6-8) - Poudre Valley Middle School (Fort Collins,
        CO). Teach Math 7, Math 8 and Algebra I; use Illustrative Mathematics curriculum and
        small-group instruction. Colorado teaching license with a mathematics endorsement.""",
    ),
]

# ---------------------------------------------------------------------------------------------
# Dev set resumes
# ---------------------------------------------------------------------------------------------

DEV_QUERIES = [
    resume(
        "q-rust-backend",
        """Daniel Okafor - Senior Backend Engineer - Chicago, IL
        Summary: 8 years building payment and trading backends; 3 years writing Rust in production.
        Experience
        Staff Engineer, Tallgrass Pay (2021-present): rewrote the card authorization service in Rust (Tokio, Axum), cutting p99 latency from 120 ms to 18 ms; designed PostgreSQL schemas for a double-entry ledger; Kafka consumers for settlement.
        Backend Engineer, Corvid Markets (2016-2021): Go and C++ services for order routing; gRPC APIs; on-call rotation lead.
        Skills: Rust, Go, C++, PostgreSQL, Kafka, gRPC, Kubernetes, AWS, Terraform
        Education: BS Computer Science, University of Illinois""",
        {
            "sw-rust-payments": 3,
            "sw-infra-go": 2,
            "sw-payments-java": 2,
            "sw-platform-engineer": 1,
            "sw-sre": 1,
            "sw-node-api": 1,
            "data-engineer": 1,
            "sw-embedded-cpp": 0,
            "sw-stuffed-sales": 0,
            "sw-staff-frontend": 0,
        },
    ),
    resume(
        "q-bootcamp-frontend",
        """Maya Lindqvist - Front-End Developer - Denver, CO
        Recent graduate of a 14-week full-stack bootcamp (Turing, 2024). Looking for my first developer role.
        Projects
        Trailhead: a hiking trip planner in React and TypeScript with a REST API, deployed on Netlify; 95 Lighthouse accessibility score.
        Recipe Box: React app with Jest and React Testing Library tests.
        Experience
        Barista and shift lead, Steamline Coffee (2019-2024): trained new hires, handled opening and closing.
        Skills: JavaScript, TypeScript, React, HTML, CSS, Git, Figma, Jest""",
        {
            "sw-junior-frontend": 3,
            "sw-associate-web": 3,
            "sw-wordpress": 1,
            "sw-qa-automation": 1,
            "sw-node-api": 1,
            "sw-staff-frontend": 0,
            "teach-coding-bootcamp": 0,
            "sw-stuffed-sales": 0,
        },
    ),
    resume(
        "q-dotnet",
        """Priya Raman - Software Developer (.NET) - Providence, RI
        4 years building line-of-business applications for a regional bank.
        Software Developer, Ocean State Credit Union (2021-present)
        - Built REST APIs in C# with ASP.NET Core and Entity Framework Core
        - Wrote and tuned T-SQL stored procedures on SQL Server
        - Migrated two Windows services to Azure Functions and App Service
        - Unit tests with xUnit; pipelines in Azure DevOps
        Skills: C#, .NET 8, ASP.NET Core, SQL Server, Entity Framework, Azure, xUnit
        Education: BS Computer Information Systems, Bryant University""",
        {
            "sw-dotnet-insurance": 3,
            "sw-dynamics-developer": 2,
            "data-etl-developer": 1,
            "sw-node-api": 1,
            "data-bi-bank": 1,
            "sw-unity-gameplay": 0,
            "sw-stuffed-sales": 0,
        },
    ),
    resume(
        "q-embedded",
        """Tomasz Wilk - Embedded Firmware Engineer - Minneapolis, MN
        5 years of firmware for Class II medical devices.
        Firmware Engineer, Pulsewave Medical (2020-present): C and C++ firmware for STM32 (ARM Cortex-M4) insulin pump controllers on FreeRTOS; CAN and SPI drivers; board bring-up with oscilloscope and logic analyzer; IEC 62304 documentation; MISRA C static analysis.
        Intern, Cobalt Robotics (2019): motor control firmware.
        Skills: C, C++17, FreeRTOS, STM32, CAN, SPI, I2C, Python test scripts, JTAG debugging
        Education: BS Electrical Engineering, University of Minnesota""",
        {
            "sw-embedded-cpp": 3,
            "sw-firmware-iot": 2,
            "sw-rust-payments": 1,
            "trade-electrical-engineer": 0,
            "trade-maintenance-tech": 0,
            "sw-unity-gameplay": 0,
            "sw-stuffed-sales": 0,
        },
    ),
    resume(
        "q-sre",
        """Aisha Bello - DevOps / Site Reliability Engineer - Portland, OR
        6 years keeping SaaS platforms reliable.
        Senior DevOps Engineer, Cloudmint (2020-present): run 14 Kubernetes (EKS) clusters on AWS; Terraform modules for every environment; Prometheus, Grafana and Loki observability; incident commander and postmortem author; reduced pages 40%.
        Systems Administrator, Evergreen Hosting (2018-2020): Linux fleet automation with Ansible and Python.
        Skills: Kubernetes, Terraform, AWS, Prometheus, Grafana, Linux, Python, Go, Ansible, Helm""",
        {
            "sw-sre": 3,
            "sw-platform-engineer": 3,
            "sw-infra-go": 1,
            "data-engineer": 1,
            "sw-rust-payments": 1,
            "ml-engineer-senior": 0,
            "cs-tech-support": 0,
            "sw-stuffed-sales": 0,
        },
    ),
    resume(
        "q-data-analyst-newgrad",
        """Jordan Pike - Columbus, OH
        Education: BA Economics, minor in Statistics, Ohio State University (May 2025), GPA 3.6
        Experience
        Data Analytics Intern, Buckeye Retail Group (Summer 2024): wrote SQL queries to analyze store sales and markdowns; built a Tableau dashboard for weekly category performance used by 12 managers.
        Research Assistant, Department of Economics (2023-2025): cleaned survey data in R and Excel.
        Skills: SQL, Excel (pivot tables, XLOOKUP), Tableau, R, basic Python""",
        {
            "data-analyst-entry": 3,
            "data-product-analyst": 2,
            "data-bi-bank": 1,
            "fin-fpa-analyst": 1,
            "data-scientist": 0,
            "data-entry-clerk": 0,
            "scam-data-entry": 0,
        },
    ),
    resume(
        "q-data-scientist",
        """Elena Marchetti - Data Scientist - Oakland, CA
        MS Statistics, UC Davis. 4 years of product data science at marketplaces.
        Data Scientist, Shopfinch (2021-present): designed and analyzed 120+ A/B tests; built a CUPED variance-reduction library in Python; causal inference (difference-in-differences, synthetic control) for pricing changes; demand forecasting with Prophet and gradient boosting.
        Data Analyst, Goodcart (2020-2021): SQL and Looker dashboards.
        Skills: Python (pandas, scikit-learn, statsmodels), SQL, experimentation, causal inference, forecasting""",
        {
            "data-scientist": 3,
            "data-product-analyst": 1,
            "data-analyst-entry": 1,
            "data-engineer": 1,
            "data-bi-bank": 1,
            "ml-engineer-senior": 0,
            "scam-data-entry": 0,
        },
    ),
    resume(
        "q-data-engineer",
        """Marcus Chen - Data Engineer - Remote (Austin, TX)
        4 years building data platforms in healthcare and fintech.
        Data Engineer, Carewell Analytics (2022-present): Airflow DAGs and dbt models loading claims data into Snowflake; Spark jobs on Databricks; data quality checks with Great Expectations; HIPAA-compliant pipelines.
        Junior Data Engineer, PayNorth (2020-2022): Kafka to S3 streaming ingestion; Terraform for AWS Glue.
        Skills: Python, SQL, Spark, Airflow, dbt, Snowflake, Kafka, AWS, Terraform""",
        {
            "data-engineer": 3,
            "data-etl-developer": 2,
            "sw-sre": 1,
            "data-scientist": 1,
            "data-bi-bank": 1,
            "ml-engineer-senior": 0,
            "scam-data-entry": 0,
        },
    ),
    resume(
        "q-icu-nurse",
        """Grace Mensah, RN, BSN, CCRN - Milwaukee, WI
        6 years of critical care nursing.
        Staff RN, Medical ICU, Froedtert Hospital (2019-present): care for ventilated and septic patients; titrate vasopressors and sedation; arterial lines, CRRT; charge nurse 2 shifts per week; floated to the emergency department during surges.
        Staff RN, Telemetry, Aurora St. Luke's (2018-2019).
        Licenses and certifications: Wisconsin RN (compact), BLS, ACLS, CCRN
        Education: BSN, Marquette University""",
        {
            "nurse-icu": 3,
            "nurse-cvicu": 3,
            "nurse-telemetry-grad": 0,
            "nurse-clinical-instructor": 0,
            "nurse-travel-er": 2,
            "nurse-home-health": 1,
            "nurse-manager": 1,
            "nurse-newgrad-medsurg": 0,
            "medical-billing": 0,
            "cna-ltc": 0,
        },
    ),
    resume(
        "q-new-grad-rn",
        """Sophie Tran - New Graduate Registered Nurse - Grand Rapids, MI
        BSN, Grand Valley State University, May 2025. Michigan RN license (NCLEX passed July 2025). BLS.
        Clinical rotations: medical-surgical (Spectrum Health, 180 hours), pediatrics, labor and delivery, behavioral health. Capstone preceptorship on an orthopedic med-surg unit: head-to-toe assessments, medication administration, post-op care, patient education, Epic charting.
        Work: Certified Nursing Assistant, Brookcrest Senior Living (2022-2025), part-time.""",
        {
            "nurse-newgrad-medsurg": 3,
            "nurse-telemetry-grad": 3,
            "nurse-cvicu": 0,
            "nurse-clinical-instructor": 0,
            "cna-ltc": 1,
            "nurse-icu": 0,
            "nurse-travel-er": 0,
            "nurse-manager": 0,
            "medical-billing": 0,
        },
    ),
    resume(
        "q-cna",
        """Rosa Delgado - Certified Nursing Assistant - Springfield, IL
        Caring CNA with 3 years in assisted living and memory care.
        CNA, Heritage Pointe Assisted Living (2022-present): help 12 residents per shift with bathing, dressing, toileting and meals; Hoyer lift and gait-belt transfers; vital signs and intake/output charting in PointClickCare; report changes in condition to the charge nurse.
        Home caregiver for a family member (2020-2022).
        Certifications: Illinois CNA (active), CPR/BLS, dementia care training""",
        {
            "cna-ltc": 3,
            "nurse-home-health": 0,
            "lpn-peds-clinic": 0,
            "nurse-newgrad-medsurg": 0,
            "medical-billing": 0,
        },
    ),
    resume(
        "q-otr-driver",
        """Robert "Bobby" Hale - Class A CDL Driver - Springfield, MO
        7 years of over-the-road driving, 700,000+ accident-free miles.
        Company Driver, Prime Inc. (2019-present): OTR refrigerated and dry van, 48 states; ELD logs and hours of service; pre-trip and post-trip inspections.
        Company Driver, Werner (2017-2019): regional dry van.
        Licenses: Class A CDL with tanker (N) endorsement; clean MVR; current DOT medical card. No hazmat endorsement.""",
        {
            "cdl-otr": 3,
            "cdl-regional-reefer": 3,
            "cdl-hazmat-tanker-otr": 1,
            "scam-cdl-lease": 0,
            "cdl-local-tanker": 1,
            "delivery-van": 1,
            "freight-dispatcher": 1,
            "logistics-director": 0,
            "scam-reshipping": 0,
        },
    ),
    resume(
        "q-warehouse",
        """Luis Ortega - Warehouse Associate - Sparks, NV
        3 years in high-volume fulfillment centers.
        Fulfillment Associate, Amazon RNO4 (2022-present): pick, pack and stow 200+ units per hour with RF scanners; problem solver for damaged and missing items; trained new hires on safety.
        Receiver, Reno Home Supply (2021-2022): unloaded trucks, checked shipments against packing lists.
        Certifications: sit-down and reach forklift (OSHA), pallet jack. Available for nights and overtime.""",
        {
            "warehouse-associate": 3,
            "warehouse-material-handler": 3,
            "forklift-operator": 2,
            "retail-inventory": 1,
            "delivery-van": 1,
            "logistics-director": 0,
            "scam-reshipping": 0,
        },
    ),
    resume(
        "q-dispatcher",
        """Kendra Wallace - Truck Dispatcher - Chattanooga, TN
        Dispatcher, Southern Star Trucking (2023-present): dispatch 35 trucks; book loads on DAT and Truckstop; track drivers with Samsara ELD; manage hours of service and detention; build weekly plans in McLeod TMS.
        Customer Service Representative, EPB (2020-2023): inbound calls, billing questions, outage reports.
        Skills: load boards, McLeod, ELD, HOS rules, rate negotiation, Excel""",
        {
            "freight-dispatcher": 3,
            "cs-call-center": 1,
            "logistics-director": 0,
            "cdl-otr": 0,
            "scam-reshipping": 0,
        },
    ),
    resume(
        "q-retail-associate",
        """Hannah Brooks - San Diego, CA
        Sales Associate, Pacific Threads, Fashion Valley Mall (2023-present): help customers find outfits, run the POS register, restock the sales floor and fitting rooms, set up weekly displays; top seller in Q4 2024.
        Cashier, Sprouts Farmers Market (2022-2023): fast, accurate checkout, cash handling, bagging.
        Skills: customer service, POS systems, cash handling, visual displays, bilingual in English and Tagalog.
        Available evenings and weekends.""",
        {
            "retail-sales-associate": 3,
            "retail-team-member": 3,
            "retail-cashier": 2,
            "retail-visual-merch": 1,
            "retail-inventory": 1,
            "fin-bank-teller": 1,
            "cs-call-center": 1,
            "retail-store-manager": 0,
            "scam-mystery-shopper": 0,
            "scam-wfh-customer-service": 0,
        },
    ),
    resume(
        "q-store-manager",
        """Derek Simmons - Retail Store Manager - Dayton, OH
        9 years of retail leadership in discount and home goods chains.
        Store Manager, Big Lots (2022-present): $6.5M store, 38 associates; own P&L, payroll budget, scheduling and hiring; cut shrink from 3.1% to 1.9%; top-10 district ranking for sales growth.
        Assistant Store Manager, Kohl's (2018-2022): merchandising, inventory and loss prevention.
        Department Supervisor, Meijer (2016-2018).""",
        {
            "retail-store-manager": 3,
            "cs-support-lead": 1,
            "retail-visual-merch": 0,
            "retail-sales-associate": 0,
            "logistics-director": 0,
            "scam-mystery-shopper": 0,
        },
    ),
    resume(
        "q-staff-accountant",
        """Nicole Foster - Accountant - Cleveland, OH
        BS Accounting, Cleveland State University; passed 2 of 4 CPA exam sections.
        Senior Associate, Audit, Meaden & Moore (2021-2023): audits of manufacturing and distribution clients; tested revenue, inventory and fixed assets under GAAP.
        Accountant, Lakeview Components (2023-present): month-end close, journal entries, accruals, balance sheet reconciliations, fixed asset schedules in NetSuite; prepare audit PBC lists.
        Skills: GAAP, NetSuite, advanced Excel, reconciliations""",
        {
            "fin-staff-accountant": 3,
            "fin-senior-accountant": 1,
            "fin-fpa-analyst": 1,
            "fin-ap-clerk": 1,
            "fin-payroll": 1,
            "fin-tax-preparer": 1,
            "fin-cfo": 0,
            "scam-crypto-assistant": 0,
        },
    ),
    resume(
        "q-bank-teller",
        """Marisol Vega - Des Moines, IA
        Teller, Veridian Credit Union (2024-present): deposits, withdrawals, check cashing and loan payments; balance cash drawer daily with zero variances; flagged two counterfeit bills; refer members for auto loans.
        Cashier, Hy-Vee (2022-2024): cash and card transactions, customer questions.
        Skills: cash handling, customer service, fraud awareness, Microsoft Office""",
        {
            "fin-bank-teller": 3,
            "fin-universal-banker": 2,
            "retail-team-member": 1,
            "retail-cashier": 2,
            "cs-call-center": 1,
            "fin-ap-clerk": 1,
            "retail-sales-associate": 1,
            "scam-crypto-assistant": 0,
            "scam-mystery-shopper": 0,
        },
    ),
    resume(
        "q-electrician",
        """Kevin Marsh - Journeyman Electrician - Columbus, OH
        Ohio journeyman electrician license; 6 years in commercial construction; OSHA 30.
        Journeyman, Sauer Electric (2021-present): EMT and rigid conduit runs, wire pulls, 480V three-phase panels and switchgear terminations, lighting control systems, troubleshooting per NEC; lead a crew of 3 apprentices.
        Apprentice, IBEW Local 683 (2017-2021).
        Tools: conduit benders, Fluke meters, Greenlee pullers. Blueprint reading.""",
        {
            "trade-journeyman-electrician": 3,
            "trade-inside-wireman": 3,
            "trade-electrical-foreman": 1,
            "trade-maintenance-tech": 2,
            "trade-apprentice-electrician": 1,
            "trade-electrical-engineer": 0,
            "trade-hvac": 0,
        },
    ),
    resume(
        "q-hvac",
        """Jamal Carter - HVAC Service Technician - Mesa, AZ
        EPA 608 Universal certified; NATE certified in air conditioning and heat pumps; 5 years of service experience.
        Service Technician, Desert Air Mechanical (2020-present): diagnose and repair heat pumps, split systems, package units and RTUs; refrigerant recovery and charging; compressor and blower motor replacements; maintenance agreement visits; on-call rotation.
        Installer, CoolRight (2019-2020). Clean driving record.""",
        {
            "trade-hvac": 3,
            "trade-maintenance-tech": 1,
            "trade-plumber": 0,
            "trade-journeyman-electrician": 0,
        },
    ),
    resume(
        "q-welder",
        """Cody Reyes - Welder / Fabricator - Port Arthur, TX
        AWS D1.1 certified structural welder (3G/4G); 4 years in shop and field fabrication.
        Welder, Bayou Fabrication (2021-present): FCAW and SMAW on structural steel, GMAW and GTAW on stainless and aluminum, pipe fit-up; read blueprints and welding symbols; plasma and oxy-fuel cutting.
        Helper, Coastal Pipe (2020-2021). NCCER Welding Level 2.""",
        {
            "trade-welder": 3,
            "trade-maintenance-tech": 1,
            "trade-carpenter": 0,
        },
    ),
    resume(
        "q-call-center",
        """Tanya Richardson - Customer Service Representative - Spokane, WA
        Customer Care Representative, Ziply Fiber (2022-present): 70 inbound calls per day about bills, payments, service changes and outages; document every call in Salesforce; 94% quality score; trained 5 new hires.
        Front desk, Red Lion Hotel (2020-2022): check-in, reservations, guest complaints.
        Skills: de-escalation, CRM, 50 WPM typing, Microsoft Office""",
        {
            "cs-call-center": 3,
            "cs-member-services": 3,
            "cs-outbound-sales": 1,
            "cs-chat-support": 2,
            "cs-tech-support": 1,
            "cs-support-lead": 1,
            "fin-bank-teller": 1,
            "cs-bilingual-spanish": 0,
            "scam-wfh-customer-service": 0,
        },
    ),
    resume(
        "q-tech-support",
        """Ethan Park - Technical Support Specialist - Remote (Kansas City, MO)
        CompTIA A+ and Network+.
        Support Specialist, Tixly (B2B SaaS, 2023-present): resolve login, SSO and integration tickets by chat, email and phone in Zendesk; reproduce bugs and file Jira issues with steps and HAR files; wrote 30 help center articles.
        IT Help Desk Technician, Park Hill School District (2021-2023): password resets, laptop imaging, printer and Wi-Fi troubleshooting.
        Skills: Zendesk, Jira, troubleshooting, DNS, REST APIs, Postman""",
        {
            "cs-tech-support": 3,
            "cs-it-helpdesk": 3,
            "cs-chat-support": 2,
            "cs-customer-success": 1,
            "sw-qa-automation": 1,
            "cs-call-center": 1,
            "sw-stuffed-sales": 0,
            "scam-wfh-customer-service": 0,
        },
    ),
    resume(
        "q-elementary-teacher",
        """Laura Whitfield - Elementary Teacher - Boise, ID
        Idaho Standard Elementary Certificate (K-8). 5 years teaching 2nd and 3rd grade.
        Teacher, Grade 2, Riverglen Elementary (2020-present): plan literacy and math units; guided reading groups; use i-Ready data to differentiate; family conferences; grade-level PLC lead.
        Student Teacher, Grade 4, Hillcrest Elementary (2019).
        Education: BA Elementary Education, Boise State University""",
        {
            "teach-elementary": 3,
            "teach-kindergarten": 3,
            "teach-reading-interventionist": 2,
            "teach-special-ed": 1,
            "teach-paraprofessional": 1,
            "teach-corporate-trainer": 1,
            "teach-principal": 0,
            "teach-hs-math": 0,
        },
    ),
    resume(
        "q-math-teacher",
        """Samuel Ortiz - Mathematics Teacher - Loveland, CO
        Colorado professional teaching license, secondary mathematics endorsement. 7 years of high school teaching.
        Math Teacher, Thompson Valley High School (2018-present): Algebra I, Geometry and Algebra II; built Desmos activities; coached the math league team; after-school tutoring.
        Education: BS Mathematics, Colorado State University""",
        {
            "teach-hs-math": 3,
            "teach-middle-math": 2,
            "teach-corporate-trainer": 1,
            "teach-elementary": 0,
            "teach-principal": 0,
            "teach-coding-bootcamp": 0,
            "data-analyst-entry": 0,
        },
    ),
    resume(
        "q-teacher-to-ld",
        """Angela Price - Educator moving into Learning and Development - Memphis, TN
        8 years as a middle school science teacher; designed and led professional development workshops for 60 teachers; built self-paced e-learning modules in Articulate Storyline and Rise during remote learning.
        Certificate in Instructional Design, ATD (2024).
        Skills: instructional design, Articulate 360, facilitation, needs analysis, Google Workspace
        Education: MEd Curriculum and Instruction, University of Memphis""",
        {
            "teach-corporate-trainer": 3,
            "teach-elementary": 1,
            "teach-principal": 0,
            "teach-special-ed": 0,
            "cs-customer-success": 0,
        },
    ),
    resume(
        "q-bilingual-cs",
        """Alejandro Fuentes - Bilingual Customer Service (English/Spanish) - El Paso, TX
        Native Spanish speaker, fluent English.
        Call Center Agent, GECU (2022-present): bilingual phone support for members: account questions, card activations, disputes; 65 calls/day.
        Sales Associate, Cricket Wireless (2020-2022): phone activations, plan changes, bill payments.
        Skills: bilingual customer service, de-escalation, CRM, cash handling""",
        {
            "cs-bilingual-spanish": 3,
            "cs-member-services": 2,
            "cs-call-center": 2,
            "cs-chat-support": 2,
            "fin-bank-teller": 1,
            "retail-cashier": 1,
            "teach-esl-adult": 0,
            "scam-wfh-customer-service": 0,
        },
    ),
    resume(
        "q-ml-senior",
        """Wei Zhang - Staff Machine Learning Engineer - Brooklyn, NY
        9 years in software, 6 in NLP and machine learning.
        ML Engineer, Textura AI (2020-present): fine-tuned transformer and large language models with PyTorch and Hugging Face; built offline evaluation harnesses; served models with vLLM and Triton on Kubernetes GPU clusters; INT8 quantization cut serving cost 55%.
        Software Engineer, Bloomberg (2016-2020): search ranking and NER pipelines.
        Publications: 2 ACL workshop papers. Skills: PyTorch, Python, CUDA basics, Kubernetes""",
        {
            "ml-engineer-senior": 3,
            "data-scientist": 2,
            "data-engineer": 1,
            "sw-sre": 0,
            "sw-stuffed-sales": 0,
        },
    ),
    resume(
        "q-payroll",
        """Brenda Nguyen, FPC - Payroll Specialist - Tacoma, WA
        Payroll Specialist, Pacific Staffing Partners (2021-present): biweekly multi-state payroll for 900 employees in ADP Workforce Now; garnishments, state tax filings, W-2s; reconcile payroll to the general ledger.
        Payroll and AP Clerk, Harbor Freight Lines (2019-2021): timecards in Paylocity, vendor invoices in QuickBooks.
        Certifications: Fundamental Payroll Certification (FPC). Skills: ADP, Paylocity, Excel, FLSA""",
        {
            "fin-payroll": 3,
            "fin-ap-clerk": 2,
            "fin-staff-accountant": 1,
            "scam-crypto-assistant": 0,
        },
    ),
]

# ---------------------------------------------------------------------------------------------
# Held-out postings (different companies, roles and resumes; same fields and rubric)
# ---------------------------------------------------------------------------------------------

HELDOUT_DOCS = [
    text_doc(
        "h-sw-python-backend",
        """Python Backend Engineer - Harvest Table (Remote, US). Build the APIs behind our
        grocery delivery apps with Python, Django and Django REST Framework on PostgreSQL; use
        Celery and Redis for background jobs; write pytest tests; deploy with Docker on Google
        Cloud. 3+ years of professional Python web development.""",
    ),
    job_doc(
        "h-sw-java-enterprise",
        "Java Developer",
        "Granite Trust Bank",
        "Charlotte, NC (hybrid)",
        """Develop and maintain core banking microservices in Java 17 and Spring Boot; integrate
        with Oracle and IBM MQ; write JUnit tests; support quarterly releases.""",
        [
            "4+ years of Java and Spring Boot",
            "Relational databases (Oracle or PostgreSQL)",
            "Banking domain experience preferred",
        ],
        ["Java", "Spring Boot", "Oracle", "JUnit", "microservices"],
    ),
    text_doc(
        "h-sw-fullstack-junior",
        """Junior Full-Stack Developer - Pixelhaus Agency (Milwaukee, WI). Build client
        websites and web apps with Vue.js on the front end and PHP (Laravel) with MySQL on the
        back end. 0-2 years of experience; a portfolio of projects (school, bootcamp or personal)
        is required.""",
    ),
    text_doc(
        "h-sw-principal-architect",
        """Principal Cloud Architect - Vantage Systems (Remote). Define multi-cloud reference
        architectures for Fortune 500 clients across AWS, Azure and GCP; lead architecture
        review boards; guide 20+ engineering teams. 12+ years in software engineering with 5+
        years as an architect; AWS Solutions Architect Professional required.""",
    ),
    text_doc(
        "h-sw-soc-analyst",
        """SOC Analyst I (Security Operations) - Blackwater Cyber (Tampa, FL). Monitor alerts
        in Splunk and CrowdStrike, triage phishing reports, escalate incidents, and document
        investigations. 1-2 years in IT support or security; CompTIA Security+ required or
        within 90 days; rotating shifts.""",
    ),
    job_doc(
        "h-data-analytics-engineer",
        "Analytics Engineer",
        "Brightloop",
        "Remote (US)",
        """Own the dbt project that models product and billing data in BigQuery, build Looker
        explores, and partner with analysts on metric definitions.""",
        [
            "2+ years with SQL and dbt",
            "Experience with a BI tool such as Looker or Mode",
            "Python for scripting a plus",
        ],
        ["SQL", "dbt", "BigQuery", "Looker", "Python"],
    ),
    text_doc(
        "h-data-marketing-analyst",
        """Marketing Analyst - Fernway Outdoor (Bend, OR). Measure campaign performance across
        email, paid search and social; build reports in Google Analytics 4 and Looker Studio;
        run SQL against our warehouse; recommend budget shifts. 1-3 years in marketing or
        business analytics.""",
    ),
    text_doc(
        "h-nurse-or",
        """Registered Nurse - Operating Room (Circulator) - Baptist Surgical Pavilion
        (Jacksonville, FL). Circulate for general, orthopedic and robotic cases; perform
        pre-op assessments, surgical counts and time-outs; advocate for patients under
        anesthesia. Florida RN license, BLS, ACLS; 1+ year of OR experience; CNOR a plus.
        On-call rotation.""",
    ),
    text_doc(
        "h-nurse-school",
        """School Nurse (RN) - Lakeview Public Schools (Ann Arbor, MI). Provide care for
        students K-12 at two buildings: medication administration, diabetes and asthma
        management plans, screenings, immunization compliance and health education. Michigan RN
        license and 2+ years of nursing experience; pediatric experience preferred. School-year
        calendar.""",
    ),
    job_doc(
        "h-medical-assistant",
        "Medical Assistant (CMA)",
        "Northside Family Medicine",
        "Louisville, KY",
        """Room patients, take vitals and medical histories, give injections, perform EKGs and
        point-of-care tests, draw blood, and manage prior authorizations in athenahealth.""",
        [
            "CMA, RMA or CCMA certification",
            "1+ year in a physician office",
            "Phlebotomy skills",
        ],
        ["vital signs", "phlebotomy", "EKG", "injections", "EHR"],
        "$19-$21/hour",
    ),
    text_doc(
        "h-pharmacy-tech",
        """Pharmacy Technician - CareRx Pharmacy (Lexington, KY). Fill and label prescriptions,
        count medications, process insurance claims, and help patients at the pickup counter.
        State pharmacy technician registration; PTCB certification preferred or within 6
        months. Retail pharmacy hours including some weekends.""",
    ),
    text_doc(
        "h-dental-receptionist",
        """Dental Front Desk Coordinator - Bright Smiles Dental (Louisville, KY). Greet
        patients, schedule appointments in Dentrix, verify dental insurance, collect payments
        and answer phones. 1+ year of front desk experience in a medical or dental office
        preferred.""",
    ),
    text_doc(
        "h-stuffed-recruiting-coordinator",
        """Recruiting Coordinator - HealthStaff Partners (Atlanta, GA, office-based). Schedule
        interviews, post job ads, update our applicant tracking system and send offer letters
        for our recruiters. Bachelor's degree preferred; strong organization. Search terms:
        registered nurse, RN, BSN, ICU, ER, OR, operating room, CNOR, BLS, ACLS, LPN, CNA,
        medical assistant, patient care, nursing.""",
    ),
    text_doc(
        "h-scam-wellness-nurse",
        """Remote Nurse Wellness Coach - earn $5,000/week from home! RNs, LPNs and CNAs wanted,
        no clinical experience needed. Chat with clients about wellness and sell our supplement
        line. Pay a $399 certification fee to join our network and get your starter kit.
        Operating room, ICU and school nurses welcome. Message us on WhatsApp to start
        today.""",
    ),
    text_doc(
        "h-cdl-b-bus",
        """School Bus Driver (CDL-B) - Valley Transit Schools (Boise, ID). Drive morning and
        afternoon routes for K-12 students, perform pre-trip inspections and keep students
        safe. Class B CDL with passenger (P) and school bus (S) endorsements, or we will train
        you. Clean driving record; background check. Split shift, school-year schedule.""",
    ),
    job_doc(
        "h-cdl-flatbed",
        "Regional Flatbed Driver - CDL-A",
        "Ironside Transport",
        "Birmingham, AL",
        """Haul steel, lumber and building materials across the Southeast. Home weekends.
        Secure loads with chains, straps and tarps; complete ELD logs and inspections.""",
        [
            "Class A CDL",
            "1+ year of verifiable tractor-trailer experience, flatbed preferred",
            "Clean MVR and DOT medical card",
        ],
        ["CDL-A", "flatbed", "load securement", "tarping", "ELD"],
        "$0.65/mile + tarp pay",
    ),
    text_doc(
        "h-logistics-coordinator",
        """Import Logistics Coordinator - Pacific Gateway Forwarding (Long Beach, CA). Book
        ocean and air freight, track containers, prepare commercial invoices and packing lists,
        work with customs brokers on ISF and entry filings, and update customers by email. 1-3
        years in freight forwarding or import/export; CargoWise experience a plus.""",
    ),
    text_doc(
        "h-retail-assistant-manager",
        """Assistant Store Manager - FreshWay Grocery (Sacramento, CA). Help run a 60-person
        grocery store: open and close, supervise shift leads, order inventory, manage schedules
        and handle customer escalations. 2+ years of retail or food service supervisory
        experience.""",
    ),
    text_doc(
        "h-retail-barista",
        """Barista / Shift Supervisor - Driftwood Coffee (Portland, OR). Make espresso drinks,
        run the register, lead shifts, count cash drawers, and train new baristas. 1 year of
        barista or food service experience for supervisor; we train baristas.""",
    ),
    job_doc(
        "h-fin-loan-officer",
        "Mortgage Loan Officer",
        "Summit Home Lending",
        "Scottsdale, AZ",
        """Originate purchase and refinance mortgages, guide borrowers from application to
        closing, and build referral relationships with real estate agents.""",
        [
            "Active NMLS license",
            "2+ years originating residential mortgages",
            "Knowledge of FHA, VA and conventional loan programs",
        ],
        ["NMLS", "mortgage origination", "FHA", "VA", "Encompass"],
    ),
    text_doc(
        "h-fin-bookkeeper",
        """Full-Charge Bookkeeper - Juniper Landscaping (Boulder, CO). Handle accounts payable
        and receivable, bank and credit card reconciliations, payroll through Gusto, sales tax
        filings and monthly financial statements in QuickBooks Online for a 40-person company.
        3+ years of full-charge bookkeeping; QuickBooks ProAdvisor a plus.""",
    ),
    text_doc(
        "h-fin-internal-auditor",
        """Senior Internal Auditor - Continental Freight Holdings (Dallas, TX). Plan and lead
        SOX 404 and operational audits, document control gaps and recommend fixes, and present
        findings to the audit committee. 5+ years of internal or external audit; CPA or CIA
        required; Big 4 experience preferred.""",
    ),
    text_doc(
        "h-scam-payment-agent",
        """Payment Processing Agent (Remote). Earn $5,000/week! No experience. Receive customer
        payments into your personal bank account and forward them to our suppliers by wire or
        Bitcoin, keeping 10% commission. Pay a $50 account verification fee to start.
        Bookkeepers, accounting clerks and bank tellers preferred.""",
    ),
    text_doc(
        "h-scam-envelopes",
        """Stuff Envelopes From Home - $5,000 a week guaranteed! No experience, no selling.
        Send a $49 registration fee for your starter kit of envelopes and mailing lists. Perfect
        for retail workers, baristas, drivers, parents and students.""",
    ),
    text_doc(
        "h-trade-solar",
        """Solar PV Installer - SunPath Energy (Denver, CO). Install residential rooftop solar
        arrays: mount racking, set panels, run conduit and wire inverters and battery systems
        under a licensed electrician. 1+ year of solar, roofing or electrical experience;
        comfortable working on roofs; NABCEP PV Associate a plus.""",
    ),
    text_doc(
        "h-trade-auto-tech",
        """Automotive Technician - Ridgeline Ford (Knoxville, TN). Diagnose and repair engines,
        brakes, suspension and electrical systems on Ford and Lincoln vehicles; perform
        warranty repairs and maintenance using IDS/FDRS scan tools. ASE certifications (A1-A8)
        preferred, Ford training a plus; own tools. Flat-rate with guaranteed hours.""",
    ),
    text_doc(
        "h-trade-lineworker",
        """Journeyman Lineworker - Mountain Valley Electric Co-op (Grand Junction, CO). Build
        and maintain overhead and underground distribution lines up to 25 kV, respond to storm
        outages, operate bucket and digger derrick trucks. Journeyman lineworker card, Class A
        CDL, on-call availability.""",
    ),
    text_doc(
        "h-cs-patient-scheduler",
        """Patient Access Scheduler (Call Center) - Unity Health System (Louisville, KY).
        Schedule appointments for 40 clinics by phone, verify insurance, register new patients
        in Epic and answer billing questions. 1 year of call center or medical office
        experience; medical terminology a plus.""",
    ),
    text_doc(
        "h-cs-escalations",
        """Customer Escalations Specialist - Trailhead Outfitters (online retail, remote).
        Resolve escalated customer cases about lost shipments, damaged items and refunds by
        phone, chat and email; work with carriers and the warehouse; spot patterns and report
        them. 2+ years in e-commerce or retail customer service; Zendesk or Gorgias.""",
    ),
    text_doc(
        "h-teach-preschool",
        """Preschool Lead Teacher - Little Sprouts Early Learning (Boise, ID). Lead a classroom
        of 16 four-year-olds: plan play-based lessons, assess development with Teaching
        Strategies GOLD, and communicate daily with families. CDA credential or associate/
        bachelor's degree in early childhood education; 1+ year of preschool teaching.""",
    ),
    text_doc(
        "h-teach-substitute",
        """Substitute Teacher, K-12 - Canyon School District (Boise, ID). Cover classes on a
        day-to-day or long-term basis, follow lesson plans and manage classrooms. Bachelor's
        degree or 48 college credits and a substitute authorization; flexible daily
        scheduling.""",
    ),
    text_doc(
        "h-teach-adjunct-english",
        """Adjunct Instructor, English Composition - Front Range Community College (Westminster,
        CO). Teach ENG 121 and ENG 122 (composition and research writing), give feedback on
        essays and hold office hours. Master's degree in English, rhetoric or composition, or a
        master's in any field with 18 graduate credits in English; college teaching
        preferred.""",
    ),
]

HELDOUT_DOCS += [
    text_doc(
        "h-sw-fastapi-contract",
        """Contract Python Developer (6 months, remote) - Quill Analytics. Build REST services
        in FastAPI and SQLAlchemy on PostgreSQL, add background workers, and write tests. 3+
        years of Python web development.""",
    ),
    text_doc(
        "h-sw-senior-php",
        """Senior PHP Engineer - Marketplace Co (Remote). Lead our Laravel monolith
        modernization; 7+ years of PHP; mentor a team of five.""",
    ),
    text_doc(
        "h-sw-soc-analyst-ii",
        """SOC Analyst II / Incident Responder - Sentinel Managed Security (Orlando, FL). Lead
        investigations, threat hunting and malware triage. 3+ years in a SOC; GCIH or GCIA
        preferred.""",
    ),
    text_doc(
        "h-it-support-msp",
        """IT Support Technician - Bayside Managed IT (St. Petersburg, FL). Resolve help desk
        tickets for 40 small-business clients: Microsoft 365, Active Directory, endpoint
        security agents, backups and firewalls. CompTIA A+ or Security+; 1+ year of support.""",
    ),
    text_doc(
        "h-nurse-pacu",
        """PACU Registered Nurse - Riverside Surgery Center (Jacksonville, FL). Recover patients
        after general anesthesia in Phase I and II; airway management, pain control and
        discharge teaching. Florida RN license, BLS, ACLS, PALS; 1 year of PACU, OR or critical
        care experience.""",
    ),
    text_doc(
        "h-surgical-tech",
        """Certified Surgical Technologist - Baptist Surgical Pavilion (Jacksonville, FL).
        Scrub general and orthopedic cases, set up instruments and maintain the sterile field.
        CST certification from an accredited surgical technology program required.""",
    ),
    text_doc(
        "h-phlebotomist",
        """Phlebotomist - Commonwealth Labs Patient Service Center (Louisville, KY). Draw blood
        from adults and children, process specimens and register patients. Phlebotomy
        certification (CPT or PBT) and 6 months of venipuncture experience.""",
    ),
    text_doc(
        "h-cdl-hazmat-tanker",
        """CDL-A Tanker Driver, Hazmat - Gulf Petroleum Haulers (Mobile, AL). Haul fuel
        regionally. Class A CDL with X endorsement (hazmat and tanker) and 2 years of
        experience required.""",
    ),
    text_doc(
        "h-freight-broker",
        """Logistics Account Executive (Freight Broker) - Summit Freight Solutions (Long Beach,
        CA). Prospect shippers, quote truckload rates and manage carriers on your loads. Base
        plus commission; sales experience preferred.""",
    ),
    text_doc(
        "h-restaurant-shift-lead",
        """Shift Leader - Verde Fresh Mex (Portland, OR). Run the line and the register during
        your shift, count the safe, coach crew members and keep food safety standards. 6 months
        of restaurant or coffee shop experience.""",
    ),
    text_doc(
        "h-fin-accounting-clerk",
        """Accounting Clerk - Flatirons Property Management (Boulder, CO). Post rent receipts,
        enter vendor bills, reconcile bank accounts and prepare owner statements in QuickBooks
        Online. 2+ years of bookkeeping or accounting clerk experience.""",
    ),
    text_doc(
        "h-trade-diesel-tech",
        """Diesel Technician - Smoky Mountain Fleet Services (Knoxville, TN). Diagnose and
        repair Class 8 trucks and trailers: engines, aftertreatment, air brakes and electrical.
        ASE T-series certifications preferred; own tools.""",
    ),
    text_doc(
        "h-teach-infant-toddler",
        """Assistant Teacher, Infants and Toddlers - Little Sprouts Early Learning (Boise, ID).
        Care for children 6 weeks to 3 years: feeding, diapering, naps and early learning
        activities. CDA or 12 ECE credits preferred.""",
    ),
    text_doc(
        "h-teach-writing-center",
        """Writing Center Coordinator - Red Rocks Community College (Lakewood, CO). Run tutoring
        for composition students, train peer tutors and lead writing workshops. Master's degree
        in English or composition; college teaching or tutoring experience.""",
    ),
    text_doc(
        "h-cs-returns",
        """Returns and Exchanges Associate - Trailhead Outfitters (Columbus, OH warehouse).
        Inspect returned items, restock or dispose of them, and answer customer return emails.
        Warehouse or customer service experience.""",
    ),
]

HELDOUT_QUERIES = [
    resume(
        "hq-python-backend",
        """Omar Haddad - Backend Developer - Madison, WI
        Software Engineer, Orchard Health (2021-present): Django and Django REST Framework APIs for a telehealth app on PostgreSQL; Celery tasks with Redis; pytest suites at 90% coverage; Docker and GitHub Actions.
        Web Developer, Freelance (2019-2021): Flask and WordPress sites for small businesses.
        Skills: Python, Django, PostgreSQL, Redis, Celery, Docker, GCP""",
        {
            "h-sw-python-backend": 3,
            "h-sw-fastapi-contract": 2,
            "h-sw-senior-php": 0,
            "h-sw-fullstack-junior": 1,
            "h-sw-java-enterprise": 1,
            "h-data-analytics-engineer": 1,
            "h-sw-principal-architect": 0,
        },
    ),
    resume(
        "hq-helpdesk-to-security",
        """Brianna Cole - IT Support / Aspiring Security Analyst - Tampa, FL
        CompTIA Security+ (2025), A+. 2 years in IT support.
        IT Support Technician, Gulfview Dental Group (2023-present): help desk tickets, Active Directory accounts, endpoint patching, phishing awareness training; reviewed CrowdStrike alerts with our MSP.
        Home lab: Splunk free, Security Onion, TryHackMe top 5%.""",
        {
            "h-sw-soc-analyst": 3,
            "h-it-support-msp": 2,
            "h-sw-soc-analyst-ii": 1,
            "h-cs-escalations": 0,
            "h-sw-principal-architect": 0,
            "h-sw-java-enterprise": 0,
        },
    ),
    resume(
        "hq-or-nurse",
        """Melissa Grant, RN, BSN, CNOR - Jacksonville, FL
        Perioperative RN, Memorial Hospital (2020-present): circulate for orthopedic, general and da Vinci robotic cases; pre-op assessments, surgical counts, time-outs; precept new OR nurses.
        Staff RN, PACU, Memorial Hospital (2018-2020).
        Florida RN license, BLS, ACLS, CNOR.""",
        {
            "h-nurse-or": 3,
            "h-nurse-pacu": 2,
            "h-surgical-tech": 0,
            "h-nurse-school": 1,
            "h-medical-assistant": 0,
            "h-stuffed-recruiting-coordinator": 0,
            "h-scam-wellness-nurse": 0,
        },
    ),
    resume(
        "hq-medical-assistant",
        """Keisha Moore, CCMA - Louisville, KY
        Medical Assistant, Baptist Health Primary Care (2023-present): room 25 patients a day, vitals and histories, injections and vaccines, EKGs, venipuncture, prior authorizations; Epic and athenahealth.
        Front Desk Receptionist, Family Dental Care (2021-2023): scheduling, insurance verification, payments.
        Certifications: CCMA (NHA), BLS, phlebotomy.""",
        {
            "h-medical-assistant": 3,
            "h-phlebotomist": 2,
            "h-surgical-tech": 0,
            "h-cs-patient-scheduler": 2,
            "h-dental-receptionist": 2,
            "h-pharmacy-tech": 1,
            "h-nurse-or": 0,
            "h-scam-wellness-nurse": 0,
        },
    ),
    resume(
        "hq-flatbed-driver",
        """Travis Boone - CDL-A Flatbed Driver - Tuscaloosa, AL
        4 years of regional flatbed and step-deck: steel coils, lumber and machinery; chains, straps, tarps; ELD logs.
        Company Driver, Maverick Transportation (2021-present); Yard Jockey, Nucor Steel (2020-2021).
        Class A CDL, clean MVR, DOT medical card current.""",
        {
            "h-cdl-flatbed": 3,
            "h-cdl-hazmat-tanker": 1,
            "h-cdl-b-bus": 1,
            "h-logistics-coordinator": 0,
            "h-scam-envelopes": 0,
        },
    ),
    resume(
        "hq-freight-forwarder",
        """Vanessa Liu - Logistics Coordinator - Carson, CA
        Ocean Export/Import Coordinator, Transpacific Freight (2023-present): book FCL and LCL shipments, track containers, prepare commercial invoices, packing lists and bills of lading; coordinate ISF filings with customs brokers; CargoWise One.
        Customer Service Agent, FedEx Ship Center (2021-2023).
        Languages: English, Mandarin.""",
        {
            "h-logistics-coordinator": 3,
            "h-freight-broker": 1,
            "h-cs-escalations": 1,
            "h-cdl-flatbed": 0,
        },
    ),
    resume(
        "hq-barista-supervisor",
        """Kayla Jensen - Portland, OR
        Shift Supervisor, Stumptown Coffee (2022-present): lead shifts of 5, open and close, count drawers, train new baristas, handle customer complaints; latte art.
        Barista, Dutch Bros (2020-2022).
        Food handler card. Available weekends.""",
        {
            "h-retail-barista": 3,
            "h-restaurant-shift-lead": 2,
            "h-retail-assistant-manager": 1,
            "h-cs-escalations": 0,
            "h-scam-envelopes": 0,
        },
    ),
    resume(
        "hq-bookkeeper",
        """Donna Fischer - Full-Charge Bookkeeper - Longmont, CO
        Bookkeeper, Alpine Roofing (2018-present): AP and AR, bank and credit card reconciliations, Gusto payroll for 35 employees, Colorado sales tax returns, monthly P&L and balance sheet in QuickBooks Online.
        Office Manager, Dr. Patel DDS (2014-2018).
        QuickBooks Online ProAdvisor.""",
        {
            "h-fin-bookkeeper": 3,
            "h-fin-accounting-clerk": 2,
            "h-fin-internal-auditor": 0,
            "h-fin-loan-officer": 0,
            "h-scam-payment-agent": 0,
        },
    ),
    resume(
        "hq-auto-tech",
        """Jesse Romero - Automotive Technician - Maryville, TN
        ASE certified A1-A6 and A8; Ford Senior Master in progress. 6 years in dealership service.
        Technician, Twin City Ford (2019-present): diagnose drivability, electrical and CAN network faults with FDRS; brakes, suspension, engine repair; warranty work.
        Lube Technician, Jiffy Lube (2017-2019). Own tools and toolbox.""",
        {
            "h-trade-auto-tech": 3,
            "h-trade-diesel-tech": 2,
            "h-trade-solar": 0,
            "h-trade-lineworker": 0,
        },
    ),
    resume(
        "hq-electrical-helper",
        """Noah Becker - Electrical Helper - Aurora, CO
        2 years as an electrical helper with a residential contractor: rough-in wiring, conduit runs, panel installs under a licensed electrician; enrolled in year 2 of an electrical apprenticeship.
        Roofing Laborer, Peak Roofing (2021-2023): shingle and tile roofs, fall protection.
        OSHA 10. Valid driver's license.""",
        {
            "h-trade-solar": 3,
            "h-trade-lineworker": 0,
            "h-trade-auto-tech": 0,
        },
    ),
    resume(
        "hq-preschool-teacher",
        """Ashley Nguyen - Early Childhood Educator - Meridian, ID
        CDA credential; AA Early Childhood Education, College of Western Idaho.
        Preschool Teacher, Bright Beginnings (2022-present): lead a class of 14 three- and four-year-olds; play-based curriculum; Teaching Strategies GOLD assessments; daily family communication.
        Assistant Teacher, KinderCare (2020-2022).""",
        {
            "h-teach-preschool": 3,
            "h-teach-infant-toddler": 2,
            "h-teach-substitute": 2,
            "h-teach-adjunct-english": 0,
            "h-scam-envelopes": 0,
        },
    ),
    resume(
        "hq-english-instructor",
        """Dr. Rachel Stein - English Instructor - Denver, CO
        MA English (Rhetoric and Composition), University of Colorado Denver.
        Adjunct Instructor, Metropolitan State University (2021-present): first-year composition and research writing, 3 sections per term.
        Writing Center Tutor (2019-2021). High school English substitute teacher (2018-2019).""",
        {
            "h-teach-adjunct-english": 3,
            "h-teach-writing-center": 2,
            "h-teach-substitute": 1,
            "h-teach-preschool": 0,
        },
    ),
    resume(
        "hq-ecommerce-cs",
        """Marcus Webb - Customer Experience Specialist - Remote (Columbus, OH)
        Senior Customer Care Advocate, Zappos (2021-present): phone, chat and email; escalated cases for lost and damaged shipments; refunds and carrier claims; Zendesk macros and reporting.
        Retail Associate, Target (2019-2021).""",
        {
            "h-cs-escalations": 3,
            "h-cs-returns": 1,
            "h-cs-patient-scheduler": 1,
            "h-retail-assistant-manager": 1,
            "h-scam-envelopes": 0,
            "h-scam-payment-agent": 0,
        },
    ),
]


def check(name, docs, queries):
    doc_ids = [doc["doc_id"] for doc in docs]
    assert len(doc_ids) == len(set(doc_ids)), f"{name}: duplicate doc ids"
    query_ids = [query["query_id"] for query in queries]
    assert len(query_ids) == len(set(query_ids)), f"{name}: duplicate query ids"
    known = set(doc_ids)
    for query in queries:
        qrels = query["qrels"]
        for doc_id, grade in qrels.items():
            assert doc_id in known, f"{name}: {query['query_id']} grades unknown {doc_id}"
            assert grade in (0, 1, 2, 3), f"{name}: {query['query_id']} grade {grade}"
            assert not (doc_id in SCAMS and grade > 0), f"{name}: scam {doc_id} graded {grade}"
        assert 3 in qrels.values(), f"{name}: {query['query_id']} has no grade-3 doc"


def write(path, name, docs, queries):
    check(name, docs, queries)
    ordered = sorted(docs, key=lambda doc: hashlib.sha256(doc["doc_id"].encode()).hexdigest())
    header = {
        "type": "meta",
        "name": name,
        "generator": "tests/eval/make_dev_sets.py",
        "rubric": "tests/eval/README.md",
        "docs": len(docs),
        "queries": len(queries),
    }
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for line in [header, *ordered, *queries]:
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(f"{path.relative_to(HERE.parent.parent)}: {len(docs)} docs, {len(queries)} queries")


def main():
    dev_ids = {doc["doc_id"] for doc in DEV_DOCS}
    heldout_ids = {doc["doc_id"] for doc in HELDOUT_DOCS}
    assert not dev_ids & heldout_ids, "held-out docs must not repeat dev docs"
    write(HERE / "jobs_dev.jsonl", "jobs_dev", DEV_DOCS, DEV_QUERIES)
    write(HERE / "jobs_heldout.jsonl", "jobs_heldout", HELDOUT_DOCS, HELDOUT_QUERIES)


if __name__ == "__main__":
    main()

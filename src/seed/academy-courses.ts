// The academy's seed courses (issue 20), written for this project in English and Urdu: three short
// courses, each with five lessons in the house's safe Markdown (headings, lists, bold, links, inline
// code and fenced code blocks; no HTML), a question bank for the quiz and a graded project with its
// rubric. The academy loads the courses and lessons, the assessments load the questions and rubric.
//
// Facts about training programmes, payments and tax come from /work/shared/reference/ (programs.md,
// payments-pakistan.md, tax-pakistan.md); a fact marked unconfirmed there is not stated here as fact,
// and links go only to the sources those files give. Cloud providers' free offers change, so the
// cloud course names no limits and sends the learner to the provider's current page.
//
// Bodies are written flush left: a fenced code block keeps its lines exactly as written.
import type { SeedCourse } from '../academy/seed-types.ts';

// ---------------------------------------------------------------------------------------------
// 1. Prompting and using AI tools for client work (Rs 1,500)
// ---------------------------------------------------------------------------------------------

const AI_FOR_CLIENT_WORK: SeedCourse = {
  slug: 'ai-tools-for-client-work',
  track: 'ai',
  skill: 'ai-ml',
  author: 'farah',
  title: {
    en: 'Prompting and using AI tools for client work',
    ur: 'کلائنٹ کے کام میں اے آئی ٹولز کا استعمال اور پرامپٹ لکھنا',
  },
  summary: {
    en: 'A practical course for freelancers who want to use AI chat tools without risking their reputation. You learn what these tools do well and where they fail, how to write prompts that give usable drafts, how to use them for writing, summaries, spreadsheets and code, how to check every result before a client sees it, how to protect client data and be honest about your methods, and how to offer AI-assisted services as clear gig packages on Hunar. The project is a real deliverable with your prompts, your checking log and a note to the client.',
    ur: 'یہ کورس اُن فری لانسرز کے لیے ہے جو اپنی ساکھ خطرے میں ڈالے بغیر اے آئی چیٹ ٹولز سے کام لینا چاہتے ہیں۔ آپ سیکھیں گے کہ یہ ٹولز کیا اچھا کرتے ہیں اور کہاں غلطی کرتے ہیں، ایسا پرامپٹ کیسے لکھا جائے جس سے کام کا ڈرافٹ ملے، تحریر، خلاصوں، ایکسل شیٹس اور کوڈ میں ان سے کیسے مدد لی جائے، کلائنٹ تک پہنچنے سے پہلے ہر نتیجے کی جانچ کیسے کی جائے، کلائنٹ کا ڈیٹا کیسے محفوظ رکھا جائے اور اپنے طریقۂ کار کے بارے میں دیانت داری کیسے برتی جائے، اور ہنر پر اے آئی کی مدد سے کی جانے والی سروسز کو واضح گِگ پیکجز میں کیسے پیش کیا جائے۔ پروجیکٹ میں آپ ایک حقیقی کام جمع کرائیں گے، ساتھ اپنے پرامپٹس، جانچ کا ریکارڈ اور کلائنٹ کے لیے ایک نوٹ۔',
  },
  priceMinor: 150_000,
  currency: 'PKR',
  lessons: [
    {
      title: { en: 'What AI tools are good at, and where they fail', ur: 'اے آئی ٹولز کس کام میں اچھے ہیں اور کہاں ناکام ہوتے ہیں' },
      body: {
        en: `## What these tools actually do

An AI chat assistant is built on a large language model (\`LLM\`). It writes the text that is most likely to follow your words, using patterns learned from a huge amount of writing. Unless the tool says it is searching the web, it does not look anything up, and it knows nothing about your client. That one idea explains most of this course: the tool is fluent, fast and often useful, and it can be **confidently wrong**.

## Where they save you real time

- **First drafts**: product descriptions, emails, blog outlines, social media posts.
- **Rewriting**: shorter, friendlier or more formal; rough English into clean English.
- **Summaries**: a long client brief, a meeting transcript, a 20-page PDF the client sent.
- **Structure**: turning loose notes into a table, a checklist or a plan.
- **Code help**: explaining an error, suggesting a spreadsheet formula, writing a small script that you then test.
- **Ideas**: ten headlines, five angles for an advert, the questions you should ask a client.

## Where they fail

- **Facts and numbers**: invented statistics, wrong dates, quotes nobody said, links that do not exist. People call this "hallucination".
- **Recent and local detail**: prices, laws, a company's current offer, anything in Pakistan that changed last month.
- **Urdu and regional languages**: the grammar may be fine while the tone is stiff, word-for-word or wrong for Pakistani readers. Urdu copy needs a human reader who knows the audience.
- **Counting and sums**: long arithmetic, word counts, dates and deadlines.
- **Your client's context**: their brand voice, their customers, what they already tried and what failed.

## Your job changes, it does not disappear

Clients do not pay you for typing. They pay for a result they can trust: the right facts, the right tone, on time. With AI tools, more of your time goes to three things:

1. **Briefing** the tool well, which is the next lesson.
2. **Checking and fixing** what comes back, which is lesson 4.
3. **Owning the result**: if a wrong number reaches the client's website, it is your mistake, not the tool's.

A freelancer who drafts twice as fast but sends one invented fact can lose a client and a good review in a day. A freelancer who drafts faster **and** checks carefully can take more orders without lowering quality.

## A quick exercise

Pick a task you once did for a client, or a practice task from an earlier course. Ask an AI tool to do it with one short sentence. Then write down everything you had to change before you would send the result. Keep that list: it is the start of your own checking routine, and it shows you exactly where your skill adds value.

## Key points

- Use AI for drafts, rewriting, summaries, structure and ideas.
- Never trust its facts, numbers, links or legal statements without checking them.
- You are responsible for everything you deliver.`,
        ur: `## یہ ٹولز اصل میں کرتے کیا ہیں

اے آئی چیٹ اسسٹنٹ ایک لارج لینگویج ماڈل (\`LLM\`) پر بنا ہوتا ہے۔ یہ وہ متن لکھتا ہے جو آپ کے الفاظ کے بعد آنے کا سب سے زیادہ امکان رکھتا ہو، اور یہ اندازہ اُن پیٹرنز سے لگاتا ہے جو اُس نے بے شمار تحریروں سے سیکھے ہیں۔ جب تک ٹول خود نہ بتائے کہ وہ ویب پر تلاش کر رہا ہے، وہ کوئی چیز کہیں سے دیکھتا نہیں، اور آپ کے کلائنٹ کے بارے میں کچھ نہیں جانتا۔ اس کورس کی زیادہ تر باتیں اسی ایک نکتے سے سمجھ آتی ہیں: ٹول روانی سے لکھتا ہے، تیز ہے اور اکثر کام آتا ہے، لیکن **پورے اعتماد کے ساتھ غلط** بھی ہو سکتا ہے۔

## کہاں یہ آپ کا واقعی وقت بچاتے ہیں

- **پہلا ڈرافٹ**: پروڈکٹ کی تفصیل، ای میلز، بلاگ کا خاکہ، سوشل میڈیا پوسٹس۔
- **دوبارہ لکھنا**: مختصر، دوستانہ یا زیادہ رسمی انداز میں؛ کچی پکی انگریزی کو صاف انگریزی میں۔
- **خلاصہ**: کلائنٹ کی لمبی ہدایات، میٹنگ کی ریکارڈنگ کا متن، کلائنٹ کی بھیجی ہوئی 20 صفحات کی PDF۔
- **ترتیب**: بکھرے ہوئے نوٹس کو ٹیبل، چیک لسٹ یا منصوبے کی شکل دینا۔
- **کوڈ میں مدد**: کسی ایرر کی وضاحت، ایکسل فارمولے کی تجویز، چھوٹا سا اسکرپٹ جسے آپ بعد میں خود ٹیسٹ کریں۔
- **آئیڈیاز**: دس سرخیاں، کسی اشتہار کے پانچ زاویے، وہ سوالات جو آپ کو کلائنٹ سے پوچھنے چاہییں۔

## کہاں یہ ناکام ہوتے ہیں

- **حقائق اور اعداد**: گھڑے ہوئے اعداد و شمار، غلط تاریخیں، ایسے اقتباسات جو کسی نے کہے ہی نہیں، ایسے لنکس جو موجود ہی نہیں۔ اسے عام طور پر "ہیلوسینیشن" کہا جاتا ہے۔
- **تازہ اور مقامی معلومات**: قیمتیں، قوانین، کسی کمپنی کی موجودہ آفر، پاکستان میں کوئی بھی چیز جو پچھلے مہینے بدلی ہو۔
- **اردو اور علاقائی زبانیں**: گرامر ٹھیک ہو سکتی ہے مگر لہجہ اکھڑا ہوا، لفظ بہ لفظ ترجمہ یا پاکستانی قاری کے لیے اجنبی لگتا ہے۔ اردو متن کو ایسا انسان پڑھے جو اپنے قاری کو جانتا ہو۔
- **گنتی اور حساب**: لمبا حساب، الفاظ کی گنتی، تاریخیں اور آخری تاریخیں۔
- **کلائنٹ کا پس منظر**: اُس کے برانڈ کا انداز، اُس کے گاہک، اُس نے پہلے کیا آزمایا اور کیا ناکام رہا۔

## آپ کا کام بدلتا ہے، ختم نہیں ہوتا

کلائنٹ آپ کو ٹائپنگ کے پیسے نہیں دیتا۔ وہ ایسے نتیجے کے پیسے دیتا ہے جس پر بھروسہ کیا جا سکے: درست حقائق، صحیح لہجہ، وقت پر ڈیلیوری۔ اے آئی ٹولز کے ساتھ آپ کا زیادہ وقت تین کاموں میں لگتا ہے:

1. ٹول کو اچھی طرح **ہدایات دینا**، جو اگلا سبق ہے۔
2. جو جواب آئے اُس کی **جانچ اور درستی**، جو چوتھا سبق ہے۔
3. **نتیجے کی ذمہ داری لینا**: اگر کوئی غلط عدد کلائنٹ کی ویب سائٹ تک پہنچ جائے تو یہ آپ کی غلطی ہے، ٹول کی نہیں۔

جو فری لانسر دگنی رفتار سے ڈرافٹ بناتا ہے مگر ایک گھڑا ہوا حقیقت نامہ بھیج دیتا ہے، وہ ایک دن میں کلائنٹ اور اچھا ریویو دونوں کھو سکتا ہے۔ جو فری لانسر تیزی سے ڈرافٹ بھی بناتا ہے **اور** احتیاط سے جانچ بھی کرتا ہے، وہ معیار گرائے بغیر زیادہ آرڈرز لے سکتا ہے۔

## ایک مختصر مشق

کوئی ایسا کام چنیں جو آپ نے کبھی کسی کلائنٹ کے لیے کیا تھا، یا پچھلے کسی کورس کی مشق۔ اے آئی ٹول سے ایک مختصر جملے میں وہی کام کرنے کو کہیں۔ پھر لکھیں کہ نتیجہ بھیجنے سے پہلے آپ کو کیا کیا تبدیل کرنا پڑا۔ یہ فہرست سنبھال کر رکھیں: یہی آپ کی جانچ کے معمول کی بنیاد ہے، اور اسی سے پتا چلتا ہے کہ آپ کا ہنر کہاں اصل فرق ڈالتا ہے۔

## اہم نکات

- اے آئی سے ڈرافٹ، دوبارہ لکھائی، خلاصے، ترتیب اور آئیڈیاز کا کام لیں۔
- اس کے حقائق، اعداد، لنکس یا قانونی باتوں پر جانچے بغیر کبھی بھروسہ نہ کریں۔
- جو کچھ آپ ڈیلیور کرتے ہیں اُس کی پوری ذمہ داری آپ کی ہے۔`,
      },
    },
    {
      title: { en: 'Anatomy of a good prompt', ur: 'اچھے پرامپٹ کے حصے' },
      body: {
        en: `## Why one-line prompts disappoint

"Write a product description for a shawl" gives you a generic paragraph that could describe any shawl in any shop in the world. The tool filled every gap with the most average guess. A good prompt closes those gaps before the tool has to guess.

## The six parts

1. **Role and context**: who the text is for and who is speaking. "You are helping a small shop in Multan that sells hand-embroidered shawls to customers in the UK."
2. **Task**: one clear job. "Write a product description for the listing below."
3. **Input**: the facts the tool must use, pasted in full: materials, sizes, price, care instructions.
4. **Constraints**: length, tone, words to avoid, what must not be invented. "Use only the facts given. If something is missing, write [ASK CLIENT]."
5. **Format**: exactly what the output should look like: headings, bullet points, a table, plain text for a form.
6. **Example**: one sample of the tone you want. One good example often does more than a paragraph of instructions.

## A template you can reuse

\`\`\`text
Context: You are writing for {client, audience, country}.
Task: {one sentence}.
Facts to use (do not add others):
- {fact 1}
- {fact 2}
Constraints: {length}, {tone}, British or American spelling,
no claims that are not in the facts. Mark gaps as [ASK CLIENT].
Format: {e.g. a 40-word intro, then 5 bullet points}.
Example of the tone: "{one or two sentences the client likes}"
\`\`\`

Fill in the braces every time. Keep your filled prompts in a document per client: next month you will reuse them, and they are part of your project for this course.

## Iterate instead of starting again

The first answer is a draft. Improve it with short follow-ups in the same conversation:

- "Shorter: 60 words at most."
- "The second bullet repeats the first; replace it with the care instructions."
- "Write it for a buyer who has never heard of Multani embroidery."
- "Give me three versions of the first sentence."

Each follow-up should change **one** thing, so you can see what helped.

## Ask the tool to ask you

For a vague job, start with: "Before you write anything, ask me the questions you need answered to do this well." The questions it asks are often the same ones you should put to your client before you accept the order.

## Common mistakes

- Pasting a whole messy chat with the client and saying "do this". Extract the facts first.
- Asking for many unrelated things in one prompt.
- Forgetting the audience: a buyer in Manchester and a buyer in Mardan need different words.
- Accepting the tone of the first answer. You decide the tone, the tool does not.

## Key points

- Context, task, input, constraints, format, example.
- Tell the tool not to invent facts and to mark gaps.
- Improve with small, single-purpose follow-ups and keep your best prompts.`,
        ur: `## ایک سطر کا پرامپٹ مایوس کیوں کرتا ہے

"ایک شال کی پروڈکٹ ڈسکرپشن لکھو" جیسے پرامپٹ سے آپ کو ایک عام سا پیراگراف ملتا ہے جو دنیا کی کسی بھی دکان کی کسی بھی شال پر فٹ ہو جائے۔ ٹول نے ہر خالی جگہ سب سے اوسط اندازے سے بھر دی۔ اچھا پرامپٹ یہ خالی جگہیں پہلے ہی بھر دیتا ہے تاکہ ٹول کو اندازہ نہ لگانا پڑے۔

## چھ حصے

1. **کردار اور پس منظر**: متن کس کے لیے ہے اور کون بول رہا ہے۔ "آپ ملتان کی ایک چھوٹی دکان کی مدد کر رہے ہیں جو ہاتھ کی کڑھائی والی شالیں برطانیہ کے گاہکوں کو بیچتی ہے۔"
2. **کام**: ایک واضح کام۔ "نیچے دی گئی لسٹنگ کے لیے پروڈکٹ ڈسکرپشن لکھیں۔"
3. **معلومات**: وہ حقائق جو ٹول کو لازماً استعمال کرنے ہیں، پورے کے پورے: کپڑا، سائز، قیمت، دھلائی کی ہدایات۔
4. **پابندیاں**: لمبائی، لہجہ، کون سے الفاظ نہیں لکھنے، اور کیا نہیں گھڑنا۔ "صرف دیے گئے حقائق استعمال کریں۔ اگر کوئی بات موجود نہ ہو تو \`[ASK CLIENT]\` لکھ دیں۔"
5. **شکل**: نتیجہ بالکل کیسا دکھنا چاہیے: سرخیاں، بلٹ پوائنٹس، ٹیبل، یا کسی فارم کے لیے سادہ متن۔
6. **مثال**: جس لہجے کی آپ کو ضرورت ہے اُس کا ایک نمونہ۔ ایک اچھی مثال اکثر پورے پیراگراف کی ہدایات سے زیادہ کام کرتی ہے۔

## بار بار استعمال ہونے والا سانچہ

پرامپٹ انگریزی میں ہو تو یہ سانچہ ایسے بھریں:

\`\`\`text
Context: You are writing for {client, audience, country}.
Task: {one sentence}.
Facts to use (do not add others):
- {fact 1}
- {fact 2}
Constraints: {length}, {tone}, British or American spelling,
no claims that are not in the facts. Mark gaps as [ASK CLIENT].
Format: {e.g. a 40-word intro, then 5 bullet points}.
Example of the tone: "{one or two sentences the client likes}"
\`\`\`

ہر بار بریکٹس والی جگہیں بھریں۔ اپنے بھرے ہوئے پرامپٹس ہر کلائنٹ کے لیے الگ ڈاکیومنٹ میں رکھیں: اگلے مہینے یہی دوبارہ کام آئیں گے، اور یہ اس کورس کے پروجیکٹ کا حصہ بھی ہیں۔

## نئے سرے سے شروع کرنے کے بجائے بہتر بنائیں

پہلا جواب صرف ڈرافٹ ہے۔ اُسی گفتگو میں مختصر ہدایات سے اسے بہتر بنائیں:

- "مختصر کریں: زیادہ سے زیادہ 60 الفاظ۔"
- "دوسرا پوائنٹ پہلے کو دہرا رہا ہے؛ اس کی جگہ دھلائی کی ہدایات لکھیں۔"
- "ایسے خریدار کے لیے لکھیں جس نے ملتانی کڑھائی کا نام کبھی نہیں سنا۔"
- "پہلے جملے کے تین مختلف انداز دیں۔"

ہر ہدایت میں صرف **ایک** چیز تبدیل کروائیں، تاکہ پتا چلے کہ کس بات سے فرق پڑا۔

## ٹول سے کہیں کہ وہ آپ سے پوچھے

اگر کام مبہم ہو تو یوں شروع کریں: "کچھ بھی لکھنے سے پہلے مجھ سے وہ سوالات پوچھیں جن کے جواب آپ کو یہ کام اچھی طرح کرنے کے لیے چاہییں۔" جو سوال ٹول پوچھتا ہے، وہ اکثر وہی ہوتے ہیں جو آرڈر قبول کرنے سے پہلے آپ کو کلائنٹ سے پوچھنے چاہییں۔

## عام غلطیاں

- کلائنٹ کے ساتھ پوری بے ترتیب گفتگو چپکا کر کہنا "یہ کر دو"۔ پہلے اس میں سے حقائق الگ کریں۔
- ایک ہی پرامپٹ میں کئی غیر متعلق کام مانگنا۔
- قاری کو بھول جانا: مانچسٹر کے خریدار اور مردان کے خریدار کے لیے الفاظ مختلف ہوتے ہیں۔
- پہلے جواب کا لہجہ ہی مان لینا۔ لہجہ آپ طے کرتے ہیں، ٹول نہیں۔

## اہم نکات

- پس منظر، کام، معلومات، پابندیاں، شکل، مثال۔
- ٹول کو بتائیں کہ حقائق نہ گھڑے اور کمی والی جگہوں پر نشان لگائے۔
- چھوٹی، ایک مقصد والی ہدایات سے بہتر بنائیں اور اپنے بہترین پرامپٹس سنبھال کر رکھیں۔`,
      },
    },
    {
      title: { en: 'AI in real client tasks: writing, summaries, spreadsheets and code', ur: 'کلائنٹ کے اصل کاموں میں اے آئی: تحریر، خلاصے، ایکسل شیٹس اور کوڈ' },
      body: {
        en: `This lesson walks through four kinds of work that Pakistani freelancers are often hired for, with a prompt for each and what to watch.

## 1. Writing in English and Urdu

A client in Dubai wants ten Instagram captions for a clothing brand, in English and Urdu. Give the tool the product facts, the audience and a sample caption the client liked. Ask for the English first. For Urdu, ask for **natural Pakistani Urdu, not a word-for-word translation**, then read every line yourself: check that brand names, sizes and prices are unchanged, that the tone suits the brand, and that nothing sounds like a textbook. If the client wants Roman Urdu for social media, say so; never mix scripts without asking.

## 2. Summarising a long brief

A client sends a 15-page PDF and a long voice-note transcript. Ask:

\`\`\`text
Summarise the brief below for a freelancer who must deliver it.
Give: 1) the deliverables as a numbered list, 2) deadlines,
3) anything unclear or contradictory, as questions to the client.
Quote the page number for every point.
\`\`\`

Then open the PDF at each page number and confirm. Send the client the questions: clients notice and value a freelancer who read carefully.

## 3. Spreadsheets

A data-entry client needs phone numbers cleaned and a total per city. Ask the tool for a formula and an explanation, then **test it on a copy** of the sheet with a few rows you can check by hand:

\`\`\`text
=SUMIFS(D:D, B:B, "Lahore")
=TEXTJOIN(", ", TRUE, UNIQUE(B2:B500))
\`\`\`

Check edge cases: empty cells, "Lahore " with a trailing space, Urdu city names, numbers typed as text. A formula that is right on five rows can be wrong on five hundred.

## 4. Small pieces of code

Ask for a short script with comments, and ask what it assumes. Run it on test data, never directly on the client's live system. For example, a script that renames image files:

\`\`\`python
from pathlib import Path

for i, path in enumerate(sorted(Path("photos").glob("*.jpg")), start=1):
    path.rename(path.with_name(f"shawl-{i:03}.jpg"))
\`\`\`

Before running it, ask yourself: what happens if the folder is empty, if the new name already exists, or if the files are \`.JPG\` in capitals? Work on a copy of the folder first.

## What stays the same in every task

- Give the tool the facts; do not let it supply them.
- Keep the client's original material: you need it to check.
- Test before delivery: read it, calculate it, run it.
- Note what you changed. Lesson 4 turns this into a habit, and the course project asks for it.

## Key points

- Urdu output needs a native reader's pass, not just a grammar check.
- Summaries must point back to the source so you can verify them.
- Formulas and code are tested on copies and on tricky cases before delivery.`,
        ur: `اس سبق میں چار قسم کے کام دیکھیں گے جن کے لیے پاکستانی فری لانسرز کو اکثر ہائر کیا جاتا ہے، ہر ایک کے لیے ایک پرامپٹ اور وہ باتیں جن کا دھیان رکھنا ہے۔

## 1. انگریزی اور اردو میں تحریر

دبئی کا ایک کلائنٹ کپڑوں کے برانڈ کے لیے انسٹاگرام کی دس کیپشنز انگریزی اور اردو میں چاہتا ہے۔ ٹول کو پروڈکٹ کے حقائق، قارئین کی تفصیل اور کلائنٹ کی پسندیدہ کوئی ایک کیپشن دیں۔ پہلے انگریزی مانگیں۔ اردو کے لیے صاف لکھیں کہ **قدرتی پاکستانی اردو چاہیے، لفظ بہ لفظ ترجمہ نہیں**، پھر ہر سطر خود پڑھیں: برانڈ کے نام، سائز اور قیمتیں جوں کی توں ہوں، لہجہ برانڈ کے مطابق ہو، اور کچھ بھی نصابی کتاب جیسا نہ لگے۔ اگر کلائنٹ سوشل میڈیا کے لیے رومن اردو چاہتا ہے تو یہ بات واضح کریں؛ پوچھے بغیر کبھی دو رسم الخط نہ ملائیں۔

## 2. لمبی ہدایات کا خلاصہ

کلائنٹ 15 صفحات کی PDF اور ایک لمبے وائس نوٹ کا متن بھیجتا ہے۔ ٹول سے یوں کہیں:

\`\`\`text
Summarise the brief below for a freelancer who must deliver it.
Give: 1) the deliverables as a numbered list, 2) deadlines,
3) anything unclear or contradictory, as questions to the client.
Quote the page number for every point.
\`\`\`

پھر PDF میں ہر صفحہ نمبر کھول کر تصدیق کریں۔ مبہم باتوں والے سوالات کلائنٹ کو بھیجیں: کلائنٹس اُس فری لانسر کی قدر کرتے ہیں جس نے ہدایات غور سے پڑھی ہوں۔

## 3. ایکسل شیٹس

ڈیٹا انٹری کے ایک کلائنٹ کو فون نمبر صاف کروانے ہیں اور ہر شہر کا کل جوڑ چاہیے۔ ٹول سے فارمولا اور اس کی وضاحت مانگیں، پھر شیٹ کی **کاپی پر** چند ایسی قطاروں کے ساتھ ٹیسٹ کریں جنہیں آپ ہاتھ سے جانچ سکیں:

\`\`\`text
=SUMIFS(D:D, B:B, "Lahore")
=TEXTJOIN(", ", TRUE, UNIQUE(B2:B500))
\`\`\`

مشکل صورتیں ضرور دیکھیں: خالی خانے، آخر میں اسپیس والا \`"Lahore "\`، اردو میں لکھے شہروں کے نام، متن کی صورت میں لکھے گئے نمبر۔ جو فارمولا پانچ قطاروں پر درست ہے وہ پانچ سو پر غلط ہو سکتا ہے۔

## 4. کوڈ کے چھوٹے ٹکڑے

کمنٹس کے ساتھ مختصر اسکرپٹ مانگیں، اور یہ بھی پوچھیں کہ وہ کن باتوں کو فرض کر رہا ہے۔ اسے ٹیسٹ ڈیٹا پر چلائیں، کبھی بھی سیدھا کلائنٹ کے چلتے ہوئے سسٹم پر نہیں۔ مثال کے طور پر تصویروں کی فائلوں کے نام بدلنے والا اسکرپٹ:

\`\`\`python
from pathlib import Path

for i, path in enumerate(sorted(Path("photos").glob("*.jpg")), start=1):
    path.rename(path.with_name(f"shawl-{i:03}.jpg"))
\`\`\`

چلانے سے پہلے خود سے پوچھیں: اگر فولڈر خالی ہو، نیا نام پہلے سے موجود ہو، یا فائلیں بڑے حروف میں \`.JPG\` ہوں تو کیا ہو گا؟ پہلے فولڈر کی کاپی پر کام کریں۔

## ہر کام میں کیا ایک جیسا رہتا ہے

- حقائق ٹول کو آپ دیں؛ ٹول کو حقائق اپنی طرف سے نہ بھرنے دیں۔
- کلائنٹ کا اصل مواد سنبھال کر رکھیں: جانچ کے لیے اسی کی ضرورت ہو گی۔
- ڈیلیوری سے پہلے ٹیسٹ کریں: پڑھیں، حساب لگائیں، چلا کر دیکھیں۔
- جو تبدیل کیا وہ لکھ لیں۔ چوتھا سبق اسے عادت بناتا ہے، اور کورس کا پروجیکٹ بھی یہی مانگتا ہے۔

## اہم نکات

- اردو نتیجے کو صرف گرامر کی جانچ نہیں، اہلِ زبان قاری کی نظر چاہیے۔
- خلاصے میں ہر بات کا حوالہ اصل ذریعے کی طرف ہو تاکہ آپ تصدیق کر سکیں۔
- فارمولے اور کوڈ ڈیلیوری سے پہلے کاپیوں پر اور مشکل صورتوں پر ٹیسٹ ہوتے ہیں۔`,
      },
    },
    {
      title: { en: 'Checking the output, protecting client data, being honest', ur: 'نتیجے کی جانچ، کلائنٹ کے ڈیٹا کی حفاظت اور دیانت داری' },
      body: {
        en: `## A checking routine you run every time

Before anything AI-assisted leaves your computer, go through this list. It takes ten minutes and saves reputations.

1. **Facts**: every name, number, date, price and claim is either from the client's material or from a source you opened yourself. Delete anything you cannot confirm, or mark it for the client.
2. **Links**: open every link. Does it exist, and does it say what the text claims?
3. **Maths**: recalculate totals, percentages and conversions yourself.
4. **Language**: read English aloud; have Urdu read by a native reader (you, if you are one) for tone, not only grammar. Check names and brand spellings.
5. **Originality**: the text must not copy someone else's. If it sounds like a famous slogan or a competitor's page, rewrite it.
6. **Code and formulas**: run them on test data, including empty and odd values.
7. **The brief**: compare the result with the client's list of deliverables. Nothing missing, nothing extra the client did not ask for.

Keep a short **checking log** for each job: what the tool produced, what you changed, and why. It protects you if a question comes up later, and it is required in the course project.

## Client data is not yours to share

Public AI tools may keep what you type, and depending on the tool and its settings, it may be used to improve their service. Read the terms of the tool you use. Until you know, treat every prompt as if a stranger could read it:

- **Never paste** passwords, API keys, bank details, CNIC numbers, private customer lists or contracts marked confidential.
- **Anonymise** before you paste: replace names with "Customer A", remove phone numbers and addresses.
- **Ask the client** whether they allow AI tools on their material at all. Some companies forbid it in their contracts.
- If the client provides an approved tool or account, use that one.

## Be honest about how you work

- If a client asks how you work, tell them plainly: "I use AI tools for first drafts and research questions; I write, check and edit everything myself."
- If a job says "no AI" or "human-written only", either follow it fully or do not take the job.
- Never present AI images or text as something else, for example as a photo of a real product or a real customer's review.
- Agree in writing. On Hunar, put the agreement in the order's messages so both sides can see it later if there is a question.

## When the tool refuses or drifts

Sometimes a tool refuses a harmless task, or slowly changes the facts across a long conversation. Start a fresh conversation with a clean prompt and the facts pasted again. Long chats collect mistakes.

## Key points

- Run the same checklist every time and keep a checking log.
- Remove personal and confidential data before using a public tool, and ask the client's permission.
- Say honestly how you use AI, and respect a client's "no AI" rule.`,
        ur: `## جانچ کا معمول جو ہر بار دہرائیں

اے آئی کی مدد سے بنی کوئی بھی چیز آپ کے کمپیوٹر سے نکلنے سے پہلے اس فہرست سے گزرے۔ اس میں دس منٹ لگتے ہیں اور ساکھ بچ جاتی ہے۔

1. **حقائق**: ہر نام، عدد، تاریخ، قیمت اور دعویٰ یا تو کلائنٹ کے مواد سے ہو یا کسی ایسے ذریعے سے جو آپ نے خود کھول کر دیکھا ہو۔ جس بات کی تصدیق نہ ہو سکے اُسے ہٹا دیں، یا کلائنٹ کے لیے نشان لگا دیں۔
2. **لنکس**: ہر لنک کھولیں۔ کیا وہ موجود ہے، اور کیا اُس میں وہی لکھا ہے جس کا متن دعویٰ کر رہا ہے؟
3. **حساب**: کل رقم، فیصد اور کرنسی کی تبدیلی خود دوبارہ حساب لگا کر دیکھیں۔
4. **زبان**: انگریزی بلند آواز سے پڑھیں؛ اردو کسی اہلِ زبان سے پڑھوائیں (اگر آپ خود ہیں تو خود پڑھیں)، صرف گرامر نہیں بلکہ لہجہ بھی دیکھیں۔ ناموں اور برانڈز کے ہجے جانچیں۔
5. **اصلیت**: متن کسی اور کی تحریر کی نقل نہ ہو۔ اگر کوئی جملہ کسی مشہور نعرے یا کسی حریف کے صفحے جیسا لگے تو اسے دوبارہ لکھیں۔
6. **کوڈ اور فارمولے**: ٹیسٹ ڈیٹا پر چلائیں، جس میں خالی اور عجیب قدریں بھی ہوں۔
7. **ہدایات**: نتیجے کا کلائنٹ کی ڈیلیوریبلز کی فہرست سے موازنہ کریں۔ نہ کچھ کم ہو، نہ کچھ ایسا اضافی جو کلائنٹ نے مانگا ہی نہیں۔

ہر کام کے لیے ایک مختصر **جانچ کا ریکارڈ** رکھیں: ٹول نے کیا دیا، آپ نے کیا تبدیل کیا اور کیوں۔ بعد میں کوئی سوال اٹھے تو یہ آپ کا تحفظ ہے، اور کورس کے پروجیکٹ میں یہ لازمی ہے۔

## کلائنٹ کا ڈیٹا آپ کی ملکیت نہیں

عوامی اے آئی ٹولز آپ کا لکھا ہوا محفوظ رکھ سکتے ہیں، اور ٹول اور اُس کی سیٹنگز کے لحاظ سے اسے اپنی سروس بہتر بنانے کے لیے استعمال بھی کر سکتے ہیں۔ جو ٹول آپ استعمال کرتے ہیں اُس کی شرائط پڑھیں۔ جب تک یقین نہ ہو، ہر پرامپٹ کو ایسے سمجھیں جیسے کوئی اجنبی اسے پڑھ سکتا ہے:

- **کبھی نہ چپکائیں**: پاس ورڈ، API کی کلید، بینک کی تفصیلات، شناختی کارڈ نمبر، گاہکوں کی نجی فہرستیں یا خفیہ قرار دیے گئے کنٹریکٹس۔
- چپکانے سے پہلے **شناخت ہٹا دیں**: ناموں کی جگہ "گاہک الف" لکھیں، فون نمبر اور پتے نکال دیں۔
- **کلائنٹ سے پوچھیں** کہ کیا وہ اپنے مواد پر اے آئی ٹولز کی اجازت دیتا ہے۔ کچھ کمپنیاں اپنے کنٹریکٹس میں اسے منع کرتی ہیں۔
- اگر کلائنٹ کوئی منظور شدہ ٹول یا اکاؤنٹ دیتا ہے تو وہی استعمال کریں۔

## اپنے طریقۂ کار کے بارے میں سچ بولیں

- اگر کلائنٹ پوچھے کہ آپ کیسے کام کرتے ہیں تو صاف بتائیں: "میں پہلے ڈرافٹ اور تحقیق کے سوالات کے لیے اے آئی ٹولز استعمال کرتا/کرتی ہوں؛ لکھائی، جانچ اور ایڈیٹنگ سب خود کرتا/کرتی ہوں۔"
- اگر جاب میں لکھا ہو "اے آئی نہیں" یا "صرف انسان کا لکھا ہوا" تو یا تو اس پر پوری طرح عمل کریں یا وہ کام نہ لیں۔
- اے آئی سے بنی تصویر یا متن کو کبھی کچھ اور بنا کر پیش نہ کریں، مثلاً کسی اصل پروڈکٹ کی تصویر یا کسی اصل گاہک کا ریویو۔
- بات تحریری طور پر طے کریں۔ ہنر پر یہ بات آرڈر کے پیغامات میں لکھیں تاکہ کوئی سوال اٹھے تو دونوں فریق بعد میں دیکھ سکیں۔

## جب ٹول انکار کرے یا بھٹکنے لگے

کبھی ٹول کسی بے ضرر کام سے انکار کر دیتا ہے، یا لمبی گفتگو میں آہستہ آہستہ حقائق بدلنے لگتا ہے۔ نئی گفتگو شروع کریں، صاف پرامپٹ لکھیں اور حقائق دوبارہ چپکائیں۔ لمبی گفتگو میں غلطیاں جمع ہوتی جاتی ہیں۔

## اہم نکات

- ہر بار ایک ہی چیک لسٹ چلائیں اور جانچ کا ریکارڈ رکھیں۔
- عوامی ٹول استعمال کرنے سے پہلے ذاتی اور خفیہ ڈیٹا ہٹائیں، اور کلائنٹ سے اجازت لیں۔
- سچ بتائیں کہ آپ اے آئی کیسے استعمال کرتے ہیں، اور کلائنٹ کی "اے آئی نہیں" والی شرط کا احترام کریں۔`,
      },
    },
    {
      title: { en: 'Offering AI-assisted services on Hunar', ur: 'ہنر پر اے آئی کی مدد سے سروسز پیش کرنا' },
      body: {
        en: `## Sell the result, not the tool

Clients do not search for "someone who can use an AI tool". They search for product descriptions, cleaned spreadsheets, translated captions, a summary of their customer reviews. Name your gig after the result, and mention AI where it explains your speed or your method.

Weak title: "I will use AI to write anything".
Better title: "Product descriptions for your online shop, in English and Urdu, fact-checked".

## Build three clear packages

A gig on Hunar can have up to three packages. Make each one a bigger version of the same result, so a client can compare them at a glance:

- **Basic**: 5 product descriptions, up to 80 words each, English only, 1 revision, 3 days.
- **Standard**: 15 descriptions, English and Urdu, 2 revisions, 5 days.
- **Premium**: 30 descriptions in both languages plus SEO titles, 3 revisions, 7 days.

In the description, say what the client must send (product facts, photos, a sample they like), what you will **not** do (invent specifications, copy competitors), and that a person checks every line.

## Price for the value and the checking

AI makes drafting faster, but checking, editing and the client's questions still take time. Price by the result and your full time, not by how long the tool took. Look at similar gigs on Hunar, start where your reviews allow, and raise prices as reviews come in. You can offer the gig in rupees or in dollars; each gig has one currency. Hunar shows the fees and what you receive before you publish, and clients see the full price before they pay.

## Proposals for AI-related jobs

More clients now post jobs that involve AI: cleaning data for a chatbot, writing prompts for their team, checking AI-written articles. In a proposal:

1. Repeat the client's goal in one sentence.
2. Show one relevant sample, including a before and after if you can.
3. Explain your method in two lines: how you use the tool and how you check.
4. Ask one smart question about their data or audience.
5. Give a clear price and delivery time.

## Deliver so the client trusts you next time

- Deliver through the order, with files named clearly.
- Add a short note: what you delivered, which points the client should confirm (the [ASK CLIENT] marks), and how to request a revision.
- The client's payment is held in escrow and released when they accept the delivery, so a clean, checked delivery is also the fastest way to get paid.
- Ask for a review only after the client is happy.

## Keep learning

Tools change every few months. Keep your prompt library, your checking checklist and your logs; they matter more than any single tool. When you pass this course's quiz and project, the certificate appears on your profile, where clients can verify it.

## Key points

- Name gigs after results; explain AI as part of your method.
- Three packages that grow in volume, languages and revisions.
- Price your checking time, deliver with a clear note, and keep your prompt library.`,
        ur: `## ٹول نہیں، نتیجہ بیچیں

کلائنٹ "کوئی ایسا جو اے آئی ٹول چلا سکے" تلاش نہیں کرتے۔ وہ پروڈکٹ ڈسکرپشنز، صاف کی ہوئی ایکسل شیٹس، ترجمہ شدہ کیپشنز، یا اپنے گاہکوں کے ریویوز کا خلاصہ تلاش کرتے ہیں۔ اپنی گِگ کا نام نتیجے پر رکھیں، اور اے آئی کا ذکر وہاں کریں جہاں اس سے آپ کی رفتار یا طریقۂ کار سمجھ آئے۔

کمزور عنوان: "میں اے آئی سے کچھ بھی لکھ دوں گا"۔
بہتر عنوان: "آپ کی آن لائن دکان کے لیے انگریزی اور اردو میں پروڈکٹ ڈسکرپشنز، حقائق کی جانچ کے ساتھ"۔

## تین واضح پیکجز بنائیں

ہنر پر ایک گِگ میں زیادہ سے زیادہ تین پیکجز ہو سکتے ہیں۔ ہر پیکج کو اسی نتیجے کا بڑا روپ بنائیں تاکہ کلائنٹ ایک نظر میں موازنہ کر سکے:

- **بیسک**: 5 پروڈکٹ ڈسکرپشنز، ہر ایک زیادہ سے زیادہ 80 الفاظ، صرف انگریزی، 1 ریویژن، 3 دن۔
- **اسٹینڈرڈ**: 15 ڈسکرپشنز، انگریزی اور اردو، 2 ریویژنز، 5 دن۔
- **پریمیم**: دونوں زبانوں میں 30 ڈسکرپشنز اور ساتھ ایس ای او عنوانات، 3 ریویژنز، 7 دن۔

تفصیل میں لکھیں کہ کلائنٹ کو کیا بھیجنا ہے (پروڈکٹ کے حقائق، تصاویر، کوئی پسندیدہ نمونہ)، آپ کیا **نہیں** کریں گے (خصوصیات گھڑنا، حریفوں کی نقل)، اور یہ کہ ہر سطر ایک انسان جانچتا ہے۔

## قیمت میں جانچ کا وقت بھی شامل کریں

اے آئی سے ڈرافٹ جلد بنتا ہے، مگر جانچ، ایڈیٹنگ اور کلائنٹ کے سوالات میں پھر بھی وقت لگتا ہے۔ قیمت نتیجے اور اپنے پورے وقت کے حساب سے رکھیں، اس حساب سے نہیں کہ ٹول نے کتنی دیر لگائی۔ ہنر پر ملتی جلتی گِگز دیکھیں، جہاں تک آپ کے ریویوز اجازت دیں وہاں سے شروع کریں، اور ریویوز آنے کے ساتھ قیمت بڑھائیں۔ آپ گِگ روپے یا ڈالر میں پیش کر سکتے ہیں؛ ہر گِگ کی ایک ہی کرنسی ہوتی ہے۔ شائع کرنے سے پہلے ہنر آپ کو فیس اور آپ کو ملنے والی رقم دکھاتا ہے، اور کلائنٹ ادائیگی سے پہلے پوری قیمت دیکھتا ہے۔

## اے آئی سے متعلق جابز کے لیے پروپوزل

اب زیادہ کلائنٹس ایسی جابز پوسٹ کرتے ہیں جن میں اے آئی شامل ہو: چیٹ بوٹ کے لیے ڈیٹا صاف کرنا، اپنی ٹیم کے لیے پرامپٹس لکھنا، اے آئی سے لکھے گئے آرٹیکلز کی جانچ۔ پروپوزل میں:

1. کلائنٹ کا مقصد ایک جملے میں دہرائیں۔
2. ایک متعلقہ نمونہ دکھائیں، اگر ممکن ہو تو پہلے اور بعد کی صورت کے ساتھ۔
3. دو سطروں میں اپنا طریقۂ کار بتائیں: ٹول کیسے استعمال کرتے ہیں اور جانچ کیسے کرتے ہیں۔
4. اُن کے ڈیٹا یا قارئین کے بارے میں ایک سمجھ دار سوال پوچھیں۔
5. واضح قیمت اور ڈیلیوری کا وقت لکھیں۔

## ایسے ڈیلیور کریں کہ اگلی بار بھی بھروسہ ہو

- ڈیلیوری آرڈر کے ذریعے کریں، اور فائلوں کے نام واضح رکھیں۔
- ساتھ ایک مختصر نوٹ لکھیں: کیا ڈیلیور کیا، کون سی باتیں کلائنٹ کو تصدیق کرنی ہیں (\`[ASK CLIENT]\` والے نشان)، اور ریویژن کیسے مانگی جائے۔
- کلائنٹ کی ادائیگی ایسکرو میں رہتی ہے اور ڈیلیوری قبول ہونے پر جاری ہوتی ہے، اس لیے صاف اور جانچی ہوئی ڈیلیوری ہی رقم ملنے کا سب سے تیز راستہ ہے۔
- ریویو تب ہی مانگیں جب کلائنٹ مطمئن ہو۔

## سیکھتے رہیں

ٹولز ہر چند مہینے بعد بدل جاتے ہیں۔ اپنی پرامپٹس کی لائبریری، جانچ کی چیک لسٹ اور ریکارڈ سنبھال کر رکھیں؛ یہ کسی ایک ٹول سے زیادہ اہم ہیں۔ اس کورس کا کوئز اور پروجیکٹ پاس کرنے پر سرٹیفکیٹ آپ کی پروفائل پر نظر آئے گا، جہاں کلائنٹ اس کی تصدیق کر سکتے ہیں۔

## اہم نکات

- گِگز کا نام نتیجے پر رکھیں؛ اے آئی کو اپنے طریقۂ کار کا حصہ بتائیں۔
- تین پیکجز جو تعداد، زبانوں اور ریویژنز میں بڑھتے جائیں۔
- قیمت میں جانچ کا وقت شامل کریں، واضح نوٹ کے ساتھ ڈیلیور کریں، اور پرامپٹس کی لائبریری رکھیں۔`,
      },
    },
  ],
  quiz: {
    passPercent: 70,
    timeLimitSeconds: 15 * 60,
    attempts: 3,
    perAttempt: 6,
    questions: [
      {
        kind: 'single',
        prompt: { en: 'Why can an AI chat tool state a statistic that is false, with full confidence?', ur: 'اے آئی چیٹ ٹول پورے اعتماد سے ایسا عدد کیوں بتا سکتا ہے جو غلط ہو؟' },
        choices: [
          { text: { en: 'It writes the most likely text from learned patterns; it does not check facts unless it says it is searching.', ur: 'وہ سیکھے ہوئے پیٹرنز سے سب سے ممکنہ متن لکھتا ہے؛ جب تک تلاش کا نہ بتائے، حقائق کی جانچ نہیں کرتا۔' }, correct: true },
          { text: { en: 'It is built to mislead freelancers.', ur: 'اسے فری لانسرز کو دھوکا دینے کے لیے بنایا گیا ہے۔' }, correct: false },
          { text: { en: 'It only makes mistakes when the prompt is in Urdu.', ur: 'یہ صرف اُس وقت غلطی کرتا ہے جب پرامپٹ اردو میں ہو۔' }, correct: false },
          { text: { en: 'Its internet connection was too slow.', ur: 'اس کا انٹرنیٹ کنکشن بہت سست تھا۔' }, correct: false },
        ],
      },
      {
        kind: 'multiple',
        prompt: { en: 'Which of these are good uses of an AI tool in client work? Choose all that apply.', ur: 'کلائنٹ کے کام میں ان میں سے کون سے کام اے آئی ٹول کا اچھا استعمال ہیں؟ سب درست جواب چنیں۔' },
        choices: [
          { text: { en: 'A first draft of product descriptions from facts you provide', ur: 'آپ کے دیے گئے حقائق سے پروڈکٹ ڈسکرپشنز کا پہلا ڈرافٹ' }, correct: true },
          { text: { en: 'A summary of a long brief, with page numbers you then check', ur: 'لمبی ہدایات کا خلاصہ، صفحہ نمبروں کے ساتھ جنہیں آپ بعد میں جانچیں' }, correct: true },
          { text: { en: "Telling a client their current tax rate, sent without checking", ur: 'کلائنٹ کو اُس کی موجودہ ٹیکس کی شرح بتانا، بغیر جانچ کے' }, correct: false },
          { text: { en: 'Ten headline ideas to choose from', ur: 'انتخاب کے لیے دس سرخیوں کے آئیڈیاز' }, correct: true },
        ],
      },
      {
        kind: 'single',
        prompt: { en: 'Which prompt part makes the tool mark missing information instead of inventing it?', ur: 'پرامپٹ کا کون سا حصہ ٹول کو معلومات گھڑنے کے بجائے کمی پر نشان لگانے کا کہتا ہے؟' },
        choices: [
          { text: { en: 'The constraints, e.g. "Use only the facts given; write [ASK CLIENT] for gaps"', ur: 'پابندیاں، مثلاً "صرف دیے گئے حقائق استعمال کریں؛ کمی پر [ASK CLIENT] لکھیں"' }, correct: true },
          { text: { en: 'Saying "please" twice', ur: 'دو بار "براہِ کرم" لکھنا' }, correct: false },
          { text: { en: 'Writing the prompt in capital letters', ur: 'پرامپٹ بڑے حروف میں لکھنا' }, correct: false },
        ],
      },
      {
        kind: 'multiple',
        prompt: { en: 'Before pasting a client document into a public AI tool, what must you remove? Choose all that apply.', ur: 'کلائنٹ کا ڈاکیومنٹ کسی عوامی اے آئی ٹول میں چپکانے سے پہلے آپ کو کیا ہٹانا چاہیے؟ سب درست جواب چنیں۔' },
        choices: [
          { text: { en: 'Customer names, phone numbers and addresses', ur: 'گاہکوں کے نام، فون نمبر اور پتے' }, correct: true },
          { text: { en: 'Passwords and API keys', ur: 'پاس ورڈ اور API کی کلیدیں' }, correct: true },
          { text: { en: 'Bank details and CNIC numbers', ur: 'بینک کی تفصیلات اور شناختی کارڈ نمبر' }, correct: true },
          { text: { en: 'The general topic of the document', ur: 'ڈاکیومنٹ کا عمومی موضوع' }, correct: false },
        ],
      },
      {
        kind: 'single',
        prompt: { en: 'A job says "human-written only". You normally draft with AI. What do you do?', ur: 'ایک جاب میں لکھا ہے "صرف انسان کا لکھا ہوا"۔ آپ عام طور پر اے آئی سے ڈرافٹ بناتے ہیں۔ آپ کیا کریں گے؟' },
        choices: [
          { text: { en: 'Follow the rule fully for this job, or do not take it', ur: 'اس جاب میں اس شرط پر پوری طرح عمل کریں، یا جاب نہ لیں' }, correct: true },
          { text: { en: 'Use AI anyway and rewrite a few words so it is hard to tell', ur: 'پھر بھی اے آئی استعمال کریں اور چند الفاظ بدل دیں تاکہ پتا نہ چلے' }, correct: false },
          { text: { en: 'Take the job and explain after delivery', ur: 'جاب لے لیں اور ڈیلیوری کے بعد وضاحت کر دیں' }, correct: false },
        ],
      },
      {
        kind: 'single',
        prompt: { en: 'The tool gives you a source link for a claim. What is the right next step?', ur: 'ٹول کسی دعوے کے لیے ایک ذریعے کا لنک دیتا ہے۔ اگلا درست قدم کیا ہے؟' },
        choices: [
          { text: { en: 'Open it and confirm it exists and says what the text claims', ur: 'اسے کھولیں اور تصدیق کریں کہ وہ موجود ہے اور وہی کہتا ہے جو متن میں لکھا ہے' }, correct: true },
          { text: { en: 'Keep it: a link always means the claim is true', ur: 'رکھ لیں: لنک ہونے کا مطلب ہے کہ دعویٰ سچ ہے' }, correct: false },
          { text: { en: 'Remove all links from every delivery', ur: 'ہر ڈیلیوری سے تمام لنکس ہٹا دیں' }, correct: false },
          { text: { en: 'Ask the same tool whether the link is real', ur: 'اسی ٹول سے پوچھیں کہ لنک اصلی ہے یا نہیں' }, correct: false },
        ],
      },
      {
        kind: 'multiple',
        prompt: { en: 'Which steps belong in your checking routine? Choose all that apply.', ur: 'ان میں سے کون سے قدم آپ کی جانچ کے معمول کا حصہ ہیں؟ سب درست جواب چنیں۔' },
        choices: [
          { text: { en: 'Recalculate every total and percentage yourself', ur: 'ہر کل رقم اور فیصد خود دوبارہ حساب لگا کر دیکھنا' }, correct: true },
          { text: { en: 'Run formulas and code on a copy, including empty and odd values', ur: 'فارمولے اور کوڈ کاپی پر چلانا، خالی اور عجیب قدروں سمیت' }, correct: true },
          { text: { en: 'Have the Urdu read for tone by a native reader', ur: 'اردو کا لہجہ کسی اہلِ زبان سے پڑھوانا' }, correct: true },
          { text: { en: 'Skip checking when the text sounds fluent', ur: 'اگر متن روانی سے پڑھا جائے تو جانچ چھوڑ دینا' }, correct: false },
        ],
      },
      {
        kind: 'single',
        prompt: { en: 'Why add a short example of the tone you want to a prompt?', ur: 'پرامپٹ میں مطلوبہ لہجے کی ایک مختصر مثال کیوں شامل کی جائے؟' },
        choices: [
          { text: { en: 'It shows the tool the tone and format better than a long description', ur: 'یہ ٹول کو لمبی وضاحت سے بہتر طریقے سے لہجہ اور شکل دکھاتی ہے' }, correct: true },
          { text: { en: 'The tool copies the example word for word into every answer', ur: 'ٹول ہر جواب میں مثال لفظ بہ لفظ نقل کر دیتا ہے' }, correct: false },
          { text: { en: 'Examples make the answer free of mistakes', ur: 'مثال سے جواب غلطیوں سے پاک ہو جاتا ہے' }, correct: false },
        ],
      },
      {
        kind: 'single',
        prompt: { en: 'A wrong price produced by an AI tool reaches your client\'s website. Who is responsible?', ur: 'اے آئی ٹول کی بنائی ہوئی غلط قیمت آپ کے کلائنٹ کی ویب سائٹ تک پہنچ جاتی ہے۔ ذمہ دار کون ہے؟' },
        choices: [
          { text: { en: 'You, the freelancer who delivered it', ur: 'آپ، یعنی وہ فری لانسر جس نے اسے ڈیلیور کیا' }, correct: true },
          { text: { en: 'The company that made the AI tool', ur: 'اے آئی ٹول بنانے والی کمپنی' }, correct: false },
          { text: { en: 'Nobody, because AI made it', ur: 'کوئی نہیں، کیونکہ یہ اے آئی نے بنائی' }, correct: false },
        ],
      },
      {
        kind: 'multiple',
        prompt: { en: 'Which belong in the description of an AI-assisted writing gig? Choose all that apply.', ur: 'اے آئی کی مدد سے لکھائی والی گِگ کی تفصیل میں کیا ہونا چاہیے؟ سب درست جواب چنیں۔' },
        choices: [
          { text: { en: 'What the client must send, and what each package includes', ur: 'کلائنٹ کو کیا بھیجنا ہے، اور ہر پیکج میں کیا شامل ہے' }, correct: true },
          { text: { en: 'That you use AI for drafts and a person checks every line', ur: 'یہ کہ آپ ڈرافٹ کے لیے اے آئی استعمال کرتے ہیں اور ہر سطر ایک انسان جانچتا ہے' }, correct: true },
          { text: { en: 'A guarantee of first place on Google', ur: 'گوگل پر پہلے نمبر کی گارنٹی' }, correct: false },
          { text: { en: 'Delivery days and the number of revisions', ur: 'ڈیلیوری کے دن اور ریویژنز کی تعداد' }, correct: true },
        ],
      },
    ],
  },
  project: {
    brief: {
      en: `## Project: an AI-assisted deliverable you could send to a real client

Choose a small, realistic task, for example five product descriptions for a handicraft shop, in English and Urdu, or a one-page summary of a long document with questions for the client. Use made-up or public information only: no real client's private data.

Submit **one PDF or DOCX file, or a link to a shared document**, containing:

1. **The brief**: the task in three or four sentences, as a client would write it.
2. **Your prompts**: every prompt you used, in order, including follow-ups.
3. **The raw output**: what the tool returned before you edited it.
4. **Your final deliverable**: the version you would send.
5. **Your checking log**: a table of what you changed and why, with the source for each fact you checked.
6. **A note to the client** (about 100 words) explaining honestly how you used AI and what the client should confirm.

Your work is graded by a mentor or the instructor against the rubric; you may resubmit once after feedback.`,
      ur: `## پروجیکٹ: اے آئی کی مدد سے بنا ایسا کام جو آپ کسی اصل کلائنٹ کو بھیج سکیں

کوئی چھوٹا اور حقیقت کے قریب کام چنیں، مثلاً دستکاری کی ایک دکان کے لیے انگریزی اور اردو میں پانچ پروڈکٹ ڈسکرپشنز، یا کسی لمبے ڈاکیومنٹ کا ایک صفحے کا خلاصہ، کلائنٹ کے لیے سوالات کے ساتھ۔ صرف فرضی یا عوامی معلومات استعمال کریں: کسی اصل کلائنٹ کا نجی ڈیٹا نہیں۔

**ایک PDF یا DOCX فائل، یا کسی شیئر کیے گئے ڈاکیومنٹ کا لنک** جمع کرائیں، جس میں یہ ہو:

1. **ہدایات**: کام تین چار جملوں میں، جیسے کوئی کلائنٹ لکھتا۔
2. **آپ کے پرامپٹس**: ترتیب سے ہر وہ پرامپٹ جو آپ نے استعمال کیا، بعد کی ہدایات سمیت۔
3. **خام نتیجہ**: ایڈیٹنگ سے پہلے ٹول نے جو دیا۔
4. **آپ کا حتمی کام**: وہ صورت جو آپ کلائنٹ کو بھیجتے۔
5. **جانچ کا ریکارڈ**: ایک ٹیبل کہ آپ نے کیا تبدیل کیا اور کیوں، اور ہر جانچے گئے حقیقت نامے کا ذریعہ۔
6. **کلائنٹ کے لیے نوٹ** (تقریباً 100 الفاظ): دیانت داری سے بتائیں کہ آپ نے اے آئی کیسے استعمال کیا اور کلائنٹ کو کن باتوں کی تصدیق کرنی ہے۔

آپ کے کام کو کوئی مینٹر یا انسٹرکٹر روبرک کے مطابق گریڈ کرے گا؛ فیڈبیک کے بعد آپ ایک بار دوبارہ جمع کرا سکتے ہیں۔`,
    },
    passPercent: 60,
    rubric: [
      { id: 'prompts', criterion: { en: 'Prompts give context, facts, constraints and format, and improve step by step', ur: 'پرامپٹس میں پس منظر، حقائق، پابندیاں اور شکل موجود ہے، اور وہ قدم بہ قدم بہتر ہوتے ہیں' }, points: 25 },
      { id: 'checking', criterion: { en: 'The checking log catches real problems and names a source for each checked fact', ur: 'جانچ کا ریکارڈ اصل مسائل پکڑتا ہے اور ہر جانچے گئے حقیقت نامے کا ذریعہ بتاتا ہے' }, points: 30 },
      { id: 'deliverable', criterion: { en: 'The final deliverable is accurate, complete and natural in both languages', ur: 'حتمی کام درست، مکمل اور دونوں زبانوں میں قدرتی ہے' }, points: 25 },
      { id: 'honesty', criterion: { en: 'The client note is honest about AI use, and no private data was used', ur: 'کلائنٹ کے نوٹ میں اے آئی کے استعمال کا سچا ذکر ہے، اور کوئی نجی ڈیٹا استعمال نہیں ہوا' }, points: 20 },
    ],
  },
};

export const ACADEMY_COURSES: readonly SeedCourse[] = [AI_FOR_CLIENT_WORK];

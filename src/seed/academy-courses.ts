// The academy's seed courses (issue 20), written for this project in English and Urdu: three short
// courses, each with five lessons in the house's safe Markdown (headings, lists, bold, links, inline
// code and fenced code blocks; no HTML), a question bank for the quiz and a graded project with its
// rubric. The academy loads the courses and lessons, the assessments load the questions and rubric.
//
// Facts about training programmes, payments and tax come from ../shared/reference/ (programs.md,
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

جو فری لانسر دگنی رفتار سے ڈرافٹ بناتا ہے مگر ایک بھی من گھڑت بات بھیج دیتا ہے، وہ ایک دن میں کلائنٹ اور اچھا ریویو دونوں کھو سکتا ہے۔ جو فری لانسر تیزی سے ڈرافٹ بھی بناتا ہے **اور** احتیاط سے جانچ بھی کرتا ہے، وہ معیار گرائے بغیر زیادہ آرڈرز لے سکتا ہے۔

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

"ایک شال کی پروڈکٹ ڈسکرپشن لکھیں" جیسے پرامپٹ سے آپ کو ایک عام سا پیراگراف ملتا ہے جو دنیا کی کسی بھی دکان کی کسی بھی شال پر فٹ ہو جائے۔ ٹول نے ہر خالی جگہ سب سے اوسط اندازے سے بھر دی۔ اچھا پرامپٹ یہ خالی جگہیں پہلے ہی بھر دیتا ہے تاکہ ٹول کو اندازہ نہ لگانا پڑے۔

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

- کلائنٹ کے ساتھ پوری بے ترتیب گفتگو چپکا کر کہنا "یہ کر دیں"۔ پہلے اس میں سے حقائق الگ کریں۔
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

AI makes drafting faster, but checking, editing and the client's questions still take time. Price by the result and your full time, not by how long the tool took. Look at similar gigs on Hunar, start where your reviews allow, and raise prices as reviews come in. You can offer the gig in rupees or in dollars; each gig has one currency. The [fees page](/fees) shows Hunar's current fees, each order shows what you receive, and clients see the full price before they pay.

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

اے آئی سے ڈرافٹ جلد بنتا ہے، مگر جانچ، ایڈیٹنگ اور کلائنٹ کے سوالات میں پھر بھی وقت لگتا ہے۔ قیمت نتیجے اور اپنے پورے وقت کے حساب سے رکھیں، اس حساب سے نہیں کہ ٹول نے کتنی دیر لگائی۔ ہنر پر ملتی جلتی گِگز دیکھیں، جہاں تک آپ کے ریویوز اجازت دیں وہاں سے شروع کریں، اور ریویوز آنے کے ساتھ قیمت بڑھائیں۔ آپ گِگ روپے یا ڈالر میں پیش کر سکتے ہیں؛ ہر گِگ کی ایک ہی کرنسی ہوتی ہے۔ [فیس کے صفحے](/fees) پر ہنر کی موجودہ فیس درج ہے، ہر آرڈر میں نظر آتا ہے کہ آپ کو کتنی رقم ملے گی، اور کلائنٹ ادائیگی سے پہلے پوری قیمت دیکھتا ہے۔

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
5. **جانچ کا ریکارڈ**: ایک ٹیبل کہ آپ نے کیا تبدیل کیا اور کیوں، اور ہر جانچی گئی بات کا ذریعہ۔
6. **کلائنٹ کے لیے نوٹ** (تقریباً 100 الفاظ): دیانت داری سے بتائیں کہ آپ نے اے آئی کیسے استعمال کیا اور کلائنٹ کو کن باتوں کی تصدیق کرنی ہے۔

آپ کے کام کو کوئی مینٹر یا انسٹرکٹر روبرک کے مطابق گریڈ کرے گا؛ فیڈبیک کے بعد آپ ایک بار دوبارہ جمع کرا سکتے ہیں۔`,
    },
    passPercent: 60,
    rubric: [
      { id: 'prompts', criterion: { en: 'Prompts give context, facts, constraints and format, and improve step by step', ur: 'پرامپٹس میں پس منظر، حقائق، پابندیاں اور شکل موجود ہے، اور وہ قدم بہ قدم بہتر ہوتے ہیں' }, points: 25 },
      { id: 'checking', criterion: { en: 'The checking log catches real problems and names a source for each checked fact', ur: 'جانچ کا ریکارڈ اصل مسائل پکڑتا ہے اور ہر جانچی گئی بات کا ذریعہ بتاتا ہے' }, points: 30 },
      { id: 'deliverable', criterion: { en: 'The final deliverable is accurate, complete and natural in both languages', ur: 'حتمی کام درست، مکمل اور دونوں زبانوں میں قدرتی ہے' }, points: 25 },
      { id: 'honesty', criterion: { en: 'The client note is honest about AI use, and no private data was used', ur: 'کلائنٹ کے نوٹ میں اے آئی کے استعمال کا سچا ذکر ہے، اور کوئی نجی ڈیٹا استعمال نہیں ہوا' }, points: 20 },
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// 2. Cloud basics on a free tier (Rs 2,500)
// ---------------------------------------------------------------------------------------------

const CLOUD_BASICS: SeedCourse = {
  slug: 'cloud-basics-free-tier',
  track: 'cloud',
  skill: 'cloud-computing',
  author: 'usman',
  title: {
    en: 'Cloud basics on a free tier',
    ur: 'فری ٹیئر پر کلاؤڈ کی بنیادی باتیں',
  },
  summary: {
    en: 'Learn the cloud by doing, without a surprise bill. You open a cloud account the safe way (multi-factor sign-in, no daily use of the root user, a budget alert), use the command line, store files privately and share them with expiring links, run a small web server behind a firewall, and then delete everything and write the handover note a client would expect. Examples use AWS and its CLI; the same ideas apply to Google Cloud and Azure. Free offers change often, so every lesson tells you what to check on the provider\'s current page instead of quoting limits.',
    ur: 'کلاؤڈ کو خود کر کے سیکھیں، کسی اچانک بل کے بغیر۔ آپ محفوظ طریقے سے کلاؤڈ اکاؤنٹ بنائیں گے (دو مرحلوں والی تصدیق، روٹ یوزر کا روزمرہ استعمال نہیں، بجٹ الرٹ)، کمانڈ لائن استعمال کریں گے، فائلیں نجی طور پر محفوظ کر کے محدود وقت والے لنکس سے شیئر کریں گے، فائر وال کے پیچھے ایک چھوٹا ویب سرور چلائیں گے، اور پھر سب کچھ ڈیلیٹ کر کے وہ ہینڈ اوور نوٹ لکھیں گے جس کی کلائنٹ توقع رکھتا ہے۔ مثالیں AWS اور اس کی CLI کی ہیں؛ یہی اصول گوگل کلاؤڈ اور ایژور پر بھی لاگو ہوتے ہیں۔ فری آفرز اکثر بدلتی رہتی ہیں، اس لیے ہر سبق حدیں بتانے کے بجائے یہ بتاتا ہے کہ فراہم کنندہ کے موجودہ صفحے پر کیا دیکھنا ہے۔',
  },
  priceMinor: 250_000,
  currency: 'PKR',
  lessons: [
    {
      title: { en: 'What the cloud is, and what "free tier" really means', ur: 'کلاؤڈ کیا ہے، اور "فری ٹیئر" کا اصل مطلب کیا ہے' },
      body: {
        en: `## Renting computers by the hour

"The cloud" means computers, storage and services in someone else's data centre that you rent over the internet and pay for by use: by the hour, by the gigabyte, by the request. The three biggest providers are Amazon Web Services (AWS), Microsoft Azure and Google Cloud. This course uses AWS for its examples because many client jobs ask for it; the ideas carry over.

Three words you will meet everywhere:

- **Region**: a group of data centres in one part of the world, such as \`ap-south-1\` (Mumbai) or \`me-central-1\` (UAE). Your resources live in the region you choose. Pick one near your users, and always check which region you are looking at: a server you "lost" is often just in another region.
- **Service**: a product of the provider, such as virtual servers (EC2 on AWS), file storage (S3) or databases.
- **Resource**: one thing you created, such as one server or one storage bucket. Resources cost money while they exist, not only while you use them.

## Who is responsible for what

The provider secures the buildings, the hardware and its own software. **You** are responsible for what you put on top: who can sign in, which ports are open, which files are public, and whether your passwords and keys leak. Most cloud disasters that freelancers hear about are on the customer's side: a public bucket, a leaked key, a forgotten server.

## What "free tier" means

Each big provider offers new accounts some free use. Depending on the provider and the year, that can be:

- some services free up to a monthly limit;
- credits to spend during the first months;
- a short free trial.

The details **differ between providers and change over time**. On the day you sign up, read the provider's current free-tier page, note the date, and write down what is free, for how long, and in which units.

Three rules follow, whatever the current offer is:

1. **Free tier does not mean a free account.** You usually add a payment card when you sign up. Go past a limit, pick a resource that is not included, or leave something running after the offer ends, and you pay.
2. **Set a budget alert on day one.** Lesson 2 shows how.
3. **Delete what you do not need.** Lesson 5 is entirely about cleaning up.

## Paying from Pakistan

Providers usually ask for a card that works for international online payments. You may need to enable international use on your debit card in your bank's app. Use a card with a low balance for learning, so that a mistake cannot empty your main account.

## Key points

- Choose a region deliberately and always check which one you are in.
- You secure your account, your network rules and your data.
- Read the current free-tier page yourself; set a budget alert; delete what you do not use.`,
        ur: `## گھنٹوں کے حساب سے کمپیوٹر کرائے پر

"کلاؤڈ" کا مطلب ہے کسی اور کے ڈیٹا سینٹر میں موجود کمپیوٹر، اسٹوریج اور سروسز، جنہیں آپ انٹرنیٹ کے ذریعے کرائے پر لیتے ہیں اور استعمال کے حساب سے پیسے دیتے ہیں: گھنٹے کے حساب سے، گیگا بائٹ کے حساب سے، درخواستوں کے حساب سے۔ تین سب سے بڑے فراہم کنندگان ایمیزون ویب سروسز (AWS)، مائیکروسافٹ ایژور اور گوگل کلاؤڈ ہیں۔ یہ کورس مثالوں کے لیے AWS استعمال کرتا ہے کیونکہ کلائنٹس کی بہت سی جابز میں اسی کا مطالبہ ہوتا ہے؛ اصول باقیوں پر بھی لاگو ہوتے ہیں۔

تین الفاظ جو آپ کو ہر جگہ ملیں گے:

- **ریجن**: دنیا کے کسی ایک حصے میں ڈیٹا سینٹرز کا گروپ، جیسے \`ap-south-1\` (ممبئی) یا \`me-central-1\` (متحدہ عرب امارات)۔ آپ کے وسائل اُسی ریجن میں رہتے ہیں جو آپ چنتے ہیں۔ اپنے صارفین کے قریب کا ریجن چنیں، اور ہمیشہ دیکھیں کہ آپ کون سا ریجن دیکھ رہے ہیں: جو سرور "گم" ہو گیا ہو وہ اکثر کسی دوسرے ریجن میں ہوتا ہے۔
- **سروس**: فراہم کنندہ کی کوئی پروڈکٹ، جیسے ورچوئل سرور (AWS پر EC2)، فائلوں کی اسٹوریج (S3) یا ڈیٹا بیس۔
- **ریسورس**: کوئی ایک چیز جو آپ نے بنائی، جیسے ایک سرور یا ایک اسٹوریج بکٹ۔ ریسورس جب تک موجود ہیں پیسے لگتے ہیں، صرف استعمال کے وقت نہیں۔

## کون کس چیز کا ذمہ دار ہے

فراہم کنندہ عمارتوں، ہارڈویئر اور اپنے سافٹ ویئر کی حفاظت کرتا ہے۔ اس کے اوپر جو کچھ آپ رکھتے ہیں اُس کے ذمہ دار **آپ** ہیں: کون لاگ اِن کر سکتا ہے، کون سے پورٹس کھلے ہیں، کون سی فائلیں عوامی ہیں، اور کہیں آپ کے پاس ورڈ اور کلیدیں لیک تو نہیں ہو رہیں۔ کلاؤڈ کی جن تباہیوں کی خبریں فری لانسرز سنتے ہیں، اُن میں سے زیادہ تر گاہک کی طرف ہوتی ہیں: عوامی بکٹ، لیک ہوئی کلید، بھولا ہوا سرور۔

## "فری ٹیئر" کا مطلب

ہر بڑا فراہم کنندہ نئے اکاؤنٹس کو کچھ مفت استعمال دیتا ہے۔ فراہم کنندہ اور سال کے لحاظ سے یہ ہو سکتا ہے:

- کچھ سروسز ایک ماہانہ حد تک مفت؛
- پہلے چند مہینوں میں خرچ کرنے کے لیے کریڈٹس؛
- ایک مختصر مفت ٹرائل۔

تفصیلات **ہر فراہم کنندہ کی الگ ہیں اور وقت کے ساتھ بدلتی رہتی ہیں**۔ جس دن آپ سائن اَپ کریں، فراہم کنندہ کا موجودہ فری ٹیئر والا صفحہ پڑھیں، تاریخ نوٹ کریں، اور لکھ لیں کہ کیا مفت ہے، کتنی دیر کے لیے اور کس اکائی میں۔

موجودہ آفر جو بھی ہو، تین اصول اس سے نکلتے ہیں:

1. **فری ٹیئر کا مطلب مفت اکاؤنٹ نہیں۔** سائن اَپ پر عام طور پر ادائیگی کا کارڈ درج کرنا پڑتا ہے۔ حد سے آگے جائیں، کوئی ایسا ریسورس چنیں جو شامل نہیں، یا آفر ختم ہونے کے بعد کچھ چلتا چھوڑ دیں، تو پیسے لگیں گے۔
2. **پہلے ہی دن بجٹ الرٹ لگائیں۔** دوسرا سبق اس کا طریقہ بتاتا ہے۔
3. **جس چیز کی ضرورت نہیں اسے ڈیلیٹ کریں۔** پانچواں سبق پورا صفائی کے بارے میں ہے۔

## پاکستان سے ادائیگی

فراہم کنندگان عام طور پر ایسا کارڈ مانگتے ہیں جو بین الاقوامی آن لائن ادائیگیوں کے لیے کام کرے۔ ہو سکتا ہے آپ کو اپنے بینک کی ایپ میں ڈیبٹ کارڈ پر بین الاقوامی استعمال فعال کرنا پڑے۔ سیکھنے کے لیے کم بیلنس والا کارڈ استعمال کریں، تاکہ کسی غلطی سے آپ کا اصل اکاؤنٹ خالی نہ ہو سکے۔

## اہم نکات

- ریجن سوچ سمجھ کر چنیں اور ہمیشہ دیکھیں کہ آپ کس ریجن میں ہیں۔
- اپنے اکاؤنٹ، نیٹ ورک کے قواعد اور ڈیٹا کی حفاظت آپ کی ذمہ داری ہے۔
- موجودہ فری ٹیئر کا صفحہ خود پڑھیں؛ بجٹ الرٹ لگائیں؛ جو استعمال نہ ہو اسے ڈیلیٹ کریں۔`,
      },
    },
    {
      title: { en: 'A safe account: multi-factor sign-in, a daily user, a budget alert and the CLI', ur: 'محفوظ اکاؤنٹ: دو مرحلوں والی تصدیق، روزمرہ کا یوزر، بجٹ الرٹ اور CLI' },
      body: {
        en: `## Protect the root user first

The email and password you signed up with control the **root user**: it can do everything, including closing the account. Right after sign-up:

1. Turn on multi-factor authentication (MFA) for the root user, with an authenticator app on your phone.
2. Create a separate user for daily work, with admin rights and its own MFA. On AWS this is done in **IAM Identity Center** (or, for a simple lab, an IAM user).
3. Sign out of root and use the new user from now on. Keep the root password and MFA device somewhere safe; you will rarely need them.

Never give a client your root login, and never ask a client for theirs. Lesson 5 covers how to work in a client's account.

## Install the command line

The AWS CLI lets you do everything from a terminal, which is faster to repeat and easy to document for a client. Install it from the provider's official instructions for your system, then sign in with short-lived credentials:

\`\`\`bash
aws configure sso --profile lab
aws sts get-caller-identity --profile lab
export AWS_PROFILE=lab
\`\`\`

The second command prints the account and user the CLI is acting as: run it whenever you are unsure. The third makes \`lab\` the default profile for this terminal.

If you use long-lived access keys instead, treat them like a bank PIN: never paste them in chats, screenshots, code repositories or AI tools. Leaked keys are found by automated scanners within minutes.

## Set a budget alert

A budget sends you an email when spending passes a threshold. Save two small files:

\`\`\`json
{
  "BudgetName": "lab-monthly",
  "BudgetLimit": { "Amount": "1", "Unit": "USD" },
  "TimeUnit": "MONTHLY",
  "BudgetType": "COST"
}
\`\`\`

That is \`budget.json\`. The alert goes in \`notifications.json\`:

\`\`\`json
[
  {
    "Notification": {
      "NotificationType": "ACTUAL",
      "ComparisonOperator": "GREATER_THAN",
      "Threshold": 50,
      "ThresholdType": "PERCENTAGE"
    },
    "Subscribers": [{ "SubscriptionType": "EMAIL", "Address": "you@example.com" }]
  }
]
\`\`\`

Then create the budget:

\`\`\`bash
ACCOUNT_ID=$(aws sts get-caller-identity --query Account --output text)
aws budgets create-budget --account-id "$ACCOUNT_ID" \\
  --budget file://budget.json \\
  --notifications-with-subscribers file://notifications.json
\`\`\`

You will get an email when actual spending passes 50% of one dollar. Remember: **an alert does not stop anything**. It tells you to act; you still have to find and delete what costs money.

## Key points

- MFA on root, a separate daily user with MFA, root locked away.
- Use the CLI with short-lived sign-in; check who you are with \`aws sts get-caller-identity\`.
- Create a budget alert before you create anything else.`,
        ur: `## سب سے پہلے روٹ یوزر کی حفاظت

جس ای میل اور پاس ورڈ سے آپ نے سائن اَپ کیا، وہ **روٹ یوزر** کو کنٹرول کرتے ہیں: یہ سب کچھ کر سکتا ہے، اکاؤنٹ بند کرنا بھی۔ سائن اَپ کے فوراً بعد:

1. روٹ یوزر کے لیے دو مرحلوں والی تصدیق (MFA) فعال کریں، اپنے فون پر کسی آتھنٹیکیٹر ایپ کے ساتھ۔
2. روزمرہ کام کے لیے الگ یوزر بنائیں، ایڈمن اختیارات اور اپنی الگ MFA کے ساتھ۔ AWS پر یہ **IAM Identity Center** میں ہوتا ہے (یا سادہ لیب کے لیے ایک IAM یوزر)۔
3. روٹ سے لاگ آؤٹ کریں اور اب سے نیا یوزر استعمال کریں۔ روٹ کا پاس ورڈ اور MFA والی ڈیوائس کسی محفوظ جگہ رکھیں؛ ان کی ضرورت شاذ و نادر ہی پڑے گی۔

کلائنٹ کو کبھی اپنا روٹ لاگ اِن نہ دیں، اور کبھی کلائنٹ سے اُس کا روٹ لاگ اِن نہ مانگیں۔ کلائنٹ کے اکاؤنٹ میں کام کرنے کا طریقہ پانچویں سبق میں ہے۔

## کمانڈ لائن انسٹال کریں

AWS CLI سے آپ ٹرمینل میں ہر کام کر سکتے ہیں، جسے دہرانا تیز ہے اور کلائنٹ کے لیے لکھ کر دینا آسان۔ اپنے سسٹم کے لیے فراہم کنندہ کی سرکاری ہدایات سے اسے انسٹال کریں، پھر ایسے لاگ اِن کریں جو کچھ دیر بعد خود ختم ہو جائے:

\`\`\`bash
aws configure sso --profile lab
aws sts get-caller-identity --profile lab
export AWS_PROFILE=lab
\`\`\`

دوسری کمانڈ وہ اکاؤنٹ اور یوزر دکھاتی ہے جس کے نام سے CLI کام کر رہی ہے: جب بھی شک ہو اسے چلائیں۔ تیسری کمانڈ اس ٹرمینل کے لیے \`lab\` کو ڈیفالٹ پروفائل بنا دیتی ہے۔

اگر آپ اس کے بجائے لمبی مدت والی ایکسیس کیز استعمال کرتے ہیں تو انہیں بینک کے پن کی طرح سمجھیں: چیٹ، اسکرین شاٹ، کوڈ ریپوزیٹری یا اے آئی ٹولز میں کبھی نہ ڈالیں۔ لیک ہوئی کیز خودکار اسکینرز منٹوں میں ڈھونڈ لیتے ہیں۔

## بجٹ الرٹ لگائیں

بجٹ اُس وقت آپ کو ای میل بھیجتا ہے جب خرچ کسی حد سے بڑھ جائے۔ دو چھوٹی فائلیں محفوظ کریں:

\`\`\`json
{
  "BudgetName": "lab-monthly",
  "BudgetLimit": { "Amount": "1", "Unit": "USD" },
  "TimeUnit": "MONTHLY",
  "BudgetType": "COST"
}
\`\`\`

یہ \`budget.json\` ہے۔ الرٹ \`notifications.json\` میں جاتا ہے:

\`\`\`json
[
  {
    "Notification": {
      "NotificationType": "ACTUAL",
      "ComparisonOperator": "GREATER_THAN",
      "Threshold": 50,
      "ThresholdType": "PERCENTAGE"
    },
    "Subscribers": [{ "SubscriptionType": "EMAIL", "Address": "you@example.com" }]
  }
]
\`\`\`

پھر بجٹ بنائیں:

\`\`\`bash
ACCOUNT_ID=$(aws sts get-caller-identity --query Account --output text)
aws budgets create-budget --account-id "$ACCOUNT_ID" \\
  --budget file://budget.json \\
  --notifications-with-subscribers file://notifications.json
\`\`\`

جب اصل خرچ ایک ڈالر کے 50% سے بڑھے گا تو آپ کو ای میل آئے گی۔ یاد رکھیں: **الرٹ کچھ بھی بند نہیں کرتا**۔ یہ صرف بتاتا ہے کہ قدم اٹھائیں؛ جو چیز پیسے لے رہی ہے اُسے ڈھونڈ کر ڈیلیٹ کرنا پھر بھی آپ کا کام ہے۔

## اہم نکات

- روٹ پر MFA، روزمرہ کے لیے MFA والا الگ یوزر، روٹ کو محفوظ جگہ بند۔
- CLI کم مدت والے لاگ اِن کے ساتھ استعمال کریں؛ \`aws sts get-caller-identity\` سے دیکھیں کہ آپ کس نام سے کام کر رہے ہیں۔
- کچھ بھی اور بنانے سے پہلے بجٹ الرٹ بنائیں۔`,
      },
    },
    {
      title: { en: 'Storage: a private bucket and links that expire', ur: 'اسٹوریج: نجی بکٹ اور وقت کے ساتھ ختم ہونے والے لنکس' },
      body: {
        en: `## Buckets and objects

Object storage keeps files ("objects") in containers called **buckets**. On AWS the service is S3. It is the cloud's basic building block: backups, images for a website, reports for a client, logs. A bucket name must be unique across all AWS accounts in the world, in lowercase, so include something of your own in it.

## Create a bucket and upload files

\`\`\`bash
aws s3 mb s3://ayesha-lab-files-2026 --region ap-south-1
aws s3 cp ./report.pdf s3://ayesha-lab-files-2026/clients/report.pdf
aws s3 ls s3://ayesha-lab-files-2026/clients/
\`\`\`

\`mb\` makes the bucket, \`cp\` copies one file, \`ls\` lists what is there. The "folder" \`clients/\` is only part of the file's name; S3 has no real folders, but the console shows them as if it did.

To copy a whole folder and keep it in step with your computer:

\`\`\`bash
aws s3 sync ./site s3://ayesha-lab-files-2026/site/
\`\`\`

Adding \`--delete\` to \`sync\` also deletes files in the bucket that are no longer on your computer. That is useful and dangerous: run it once without \`--delete\` and read the output first.

## Keep it private

New S3 buckets block public access by default. **Leave it that way** unless the whole purpose of a bucket is to be public, such as a website's images, and even then make only that one bucket public, never a bucket that holds client documents. Public buckets holding private files are one of the most common cloud leaks.

## Share one file for a limited time

To send a client one report without making anything public, create a **pre-signed link**: anyone with the link can download that one file until it expires.

\`\`\`bash
aws s3 presign s3://ayesha-lab-files-2026/clients/report.pdf --expires-in 3600
\`\`\`

The link works for one hour (3,600 seconds). A link made with short-lived sign-in credentials can stop working earlier, when those credentials expire. Send it through the order's messages, and make a new one if the client needs it later.

## What storage costs

Storage is usually charged by the amount stored per month, plus the number of requests and the data downloaded out of the cloud. For a small lab this is tiny, but a forgotten bucket with large videos, or a public file that someone downloads a million times, is not. Check the storage pricing and free-tier page for your region.

## Key points

- Buckets hold objects; names are global and lowercase.
- \`cp\`, \`ls\` and \`sync\` cover most daily work; test \`--delete\` carefully.
- Keep buckets private and share single files with expiring pre-signed links.`,
        ur: `## بکٹس اور آبجیکٹس

آبجیکٹ اسٹوریج فائلوں ("آبجیکٹس") کو **بکٹس** نامی ڈبوں میں رکھتی ہے۔ AWS پر یہ سروس S3 ہے۔ یہ کلاؤڈ کی بنیادی اینٹ ہے: بیک اپ، ویب سائٹ کی تصاویر، کلائنٹ کی رپورٹس، لاگز۔ بکٹ کا نام دنیا بھر کے تمام AWS اکاؤنٹس میں منفرد اور چھوٹے انگریزی حروف میں ہونا چاہیے، اس لیے اس میں اپنی کوئی پہچان شامل کریں۔

## بکٹ بنائیں اور فائلیں اپ لوڈ کریں

\`\`\`bash
aws s3 mb s3://ayesha-lab-files-2026 --region ap-south-1
aws s3 cp ./report.pdf s3://ayesha-lab-files-2026/clients/report.pdf
aws s3 ls s3://ayesha-lab-files-2026/clients/
\`\`\`

\`mb\` بکٹ بناتی ہے، \`cp\` ایک فائل کاپی کرتی ہے، \`ls\` دکھاتی ہے کہ اندر کیا ہے۔ "فولڈر" \`clients/\` صرف فائل کے نام کا حصہ ہے؛ S3 میں اصل فولڈر نہیں ہوتے، بس کنسول انہیں فولڈر کی طرح دکھاتا ہے۔

پورا فولڈر کاپی کرنے اور اسے اپنے کمپیوٹر کے ساتھ ہم آہنگ رکھنے کے لیے:

\`\`\`bash
aws s3 sync ./site s3://ayesha-lab-files-2026/site/
\`\`\`

\`sync\` کے ساتھ \`--delete\` لگانے سے بکٹ کی وہ فائلیں بھی ڈیلیٹ ہو جاتی ہیں جو اب آپ کے کمپیوٹر پر نہیں۔ یہ کارآمد بھی ہے اور خطرناک بھی: پہلے اسے \`--delete\` کے بغیر چلائیں اور نتیجہ غور سے پڑھیں۔

## اسے نجی رکھیں

نئی S3 بکٹس میں عوامی رسائی ڈیفالٹ طور پر بند ہوتی ہے۔ **اسے ایسے ہی رہنے دیں**، سوائے اس کے کہ بکٹ کا مقصد ہی عوامی ہونا ہو، جیسے کسی ویب سائٹ کی تصاویر؛ اور تب بھی صرف وہی ایک بکٹ عوامی کریں، کبھی ایسی بکٹ نہیں جس میں کلائنٹ کے دستاویزات ہوں۔ نجی فائلوں والی عوامی بکٹس کلاؤڈ پر ڈیٹا لیک ہونے کی سب سے عام وجوہات میں سے ہیں۔

## ایک فائل محدود وقت کے لیے شیئر کریں

کچھ بھی عوامی کیے بغیر کلائنٹ کو ایک رپورٹ بھیجنے کے لیے **پری سائنڈ لنک** بنائیں: جس کے پاس یہ لنک ہو وہ میعاد ختم ہونے تک صرف وہی ایک فائل ڈاؤن لوڈ کر سکتا ہے۔

\`\`\`bash
aws s3 presign s3://ayesha-lab-files-2026/clients/report.pdf --expires-in 3600
\`\`\`

یہ لنک ایک گھنٹہ (3,600 سیکنڈ) کام کرتا ہے۔ کم مدت والے لاگ اِن سے بنا لنک اس سے پہلے بھی بند ہو سکتا ہے، جب وہ لاگ اِن ختم ہو جائے۔ لنک آرڈر کے پیغامات میں بھیجیں، اور اگر کلائنٹ کو بعد میں ضرورت ہو تو نیا لنک بنا دیں۔

## اسٹوریج پر خرچ کتنا آتا ہے

اسٹوریج کا خرچ عام طور پر ہر مہینے محفوظ کیے گئے ڈیٹا کی مقدار پر ہوتا ہے، ساتھ درخواستوں کی تعداد اور کلاؤڈ سے باہر ڈاؤن لوڈ ہونے والا ڈیٹا۔ چھوٹی لیب کے لیے یہ بہت کم ہے، مگر بڑی ویڈیوز والی بھولی ہوئی بکٹ، یا کوئی عوامی فائل جسے کوئی دس لاکھ بار ڈاؤن لوڈ کر لے، بہت کم نہیں۔ اپنے ریجن کے لیے اسٹوریج کی قیمتوں اور فری ٹیئر کا صفحہ دیکھیں۔

## اہم نکات

- بکٹس میں آبجیکٹس ہوتے ہیں؛ نام عالمی سطح پر منفرد اور چھوٹے حروف میں ہوتے ہیں۔
- روزمرہ کا زیادہ تر کام \`cp\`، \`ls\` اور \`sync\` سے ہو جاتا ہے؛ \`--delete\` احتیاط سے آزمائیں۔
- بکٹس نجی رکھیں اور اکیلی فائلیں میعاد والے پری سائنڈ لنکس سے شیئر کریں۔`,
      },
    },
    {
      title: { en: 'A small web server behind a firewall', ur: 'فائر وال کے پیچھے ایک چھوٹا ویب سرور' },
      body: {
        en: `## The plan

You will start one small virtual server (an EC2 instance), allow SSH only from your own internet address, open the web port to everyone, install the nginx web server and show a page. Use the instance type that your provider's current free offer names; \`t3.micro\` below is only an example. Tag everything with \`project=lab\` so lesson 5 can find it.

## A key pair and a firewall

\`\`\`bash
aws ec2 create-key-pair --key-name lab-key --key-type ed25519 \\
  --query KeyMaterial --output text > lab-key.pem
chmod 400 lab-key.pem
\`\`\`

The private key is saved only on your computer; AWS does not keep a copy. Lose it and you cannot sign in to that server.

On AWS the firewall around a server is a **security group**. Allow SSH (port 22) from your address only, and web traffic (port 80) from anywhere:

\`\`\`bash
MY_IP=$(curl -s https://checkip.amazonaws.com)
aws ec2 create-security-group --group-name lab-web \\
  --description "Lab: SSH from my IP, web from anywhere"
aws ec2 authorize-security-group-ingress --group-name lab-web \\
  --protocol tcp --port 22 --cidr "$MY_IP/32"
aws ec2 authorize-security-group-ingress --group-name lab-web \\
  --protocol tcp --port 80 --cidr 0.0.0.0/0
\`\`\`

Never open port 22 to \`0.0.0.0/0\`: automated bots try to log in to every open SSH port on the internet all day. If your home IP changes (it often does on Pakistani broadband and mobile data), add the new address and remove the old one.

## Start the server

Ask AWS for the current Amazon Linux image, then launch one instance:

\`\`\`bash
AMI=$(aws ssm get-parameter \\
  --name /aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64 \\
  --query Parameter.Value --output text)
aws ec2 run-instances --image-id "$AMI" --instance-type t3.micro \\
  --key-name lab-key --security-groups lab-web \\
  --tag-specifications 'ResourceType=instance,Tags=[{Key=project,Value=lab}]'
aws ec2 describe-instances --filters Name=tag:project,Values=lab \\
  --query 'Reservations[].Instances[].[InstanceId,State.Name,PublicIpAddress]' \\
  --output table
\`\`\`

## Install a web server

Connect with the public address from the table (here an example address), then install nginx:

\`\`\`bash
ssh -i lab-key.pem ec2-user@203.0.113.25
sudo dnf install -y nginx
sudo systemctl enable --now nginx
echo "Hello from my first cloud server" | sudo tee /usr/share/nginx/html/index.html
\`\`\`

Open \`http://203.0.113.25\` (your own address) in a browser. You now run a web server on the internet. For a real client site you would add a domain name and HTTPS; that is a topic for a later course.

## Stop or terminate

- **Stop** turns the server off but keeps its disk. The disk, and a public IP address if one stays attached, can still cost money.
- **Terminate** deletes the server for good.

\`\`\`bash
aws ec2 stop-instances --instance-ids i-0abc123def4567890
aws ec2 terminate-instances --instance-ids i-0abc123def4567890
\`\`\`

## Key points

- Keep the private key safe; SSH only from your own address, the web port open.
- Tag every resource so you can find it again.
- Stopped is not deleted; terminate what you no longer need.`,
        ur: `## منصوبہ

آپ ایک چھوٹا ورچوئل سرور (EC2 انسٹنس) چلائیں گے، SSH کی اجازت صرف اپنے انٹرنیٹ ایڈریس سے دیں گے، ویب کا پورٹ سب کے لیے کھولیں گے، nginx ویب سرور انسٹال کریں گے اور ایک صفحہ دکھائیں گے۔ وہ انسٹنس ٹائپ استعمال کریں جس کا نام آپ کے فراہم کنندہ کی موجودہ فری آفر میں ہو؛ نیچے \`t3.micro\` صرف مثال ہے۔ ہر چیز پر \`project=lab\` کا ٹیگ لگائیں تاکہ پانچویں سبق میں اسے ڈھونڈا جا سکے۔

## کی پیئر اور فائر وال

\`\`\`bash
aws ec2 create-key-pair --key-name lab-key --key-type ed25519 \\
  --query KeyMaterial --output text > lab-key.pem
chmod 400 lab-key.pem
\`\`\`

نجی کلید صرف آپ کے کمپیوٹر پر محفوظ ہوتی ہے؛ AWS اس کی کاپی نہیں رکھتا۔ یہ گم ہو گئی تو آپ اس سرور میں لاگ اِن نہیں کر سکیں گے۔

AWS پر سرور کے گرد فائر وال کو **سیکیورٹی گروپ** کہتے ہیں۔ SSH (پورٹ 22) کی اجازت صرف اپنے ایڈریس سے دیں، اور ویب ٹریفک (پورٹ 80) ہر جگہ سے:

\`\`\`bash
MY_IP=$(curl -s https://checkip.amazonaws.com)
aws ec2 create-security-group --group-name lab-web \\
  --description "Lab: SSH from my IP, web from anywhere"
aws ec2 authorize-security-group-ingress --group-name lab-web \\
  --protocol tcp --port 22 --cidr "$MY_IP/32"
aws ec2 authorize-security-group-ingress --group-name lab-web \\
  --protocol tcp --port 80 --cidr 0.0.0.0/0
\`\`\`

پورٹ 22 کبھی \`0.0.0.0/0\` کے لیے نہ کھولیں: خودکار بوٹس سارا دن انٹرنیٹ پر ہر کھلے SSH پورٹ میں لاگ اِن کی کوشش کرتے رہتے ہیں۔ اگر آپ کا گھر کا IP بدل جائے (پاکستانی براڈ بینڈ اور موبائل ڈیٹا پر اکثر بدلتا ہے) تو نیا ایڈریس شامل کریں اور پرانا ہٹا دیں۔

## سرور چلائیں

AWS سے ایمیزون لینکس کی موجودہ امیج کا پوچھیں، پھر ایک انسٹنس چلائیں:

\`\`\`bash
AMI=$(aws ssm get-parameter \\
  --name /aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64 \\
  --query Parameter.Value --output text)
aws ec2 run-instances --image-id "$AMI" --instance-type t3.micro \\
  --key-name lab-key --security-groups lab-web \\
  --tag-specifications 'ResourceType=instance,Tags=[{Key=project,Value=lab}]'
aws ec2 describe-instances --filters Name=tag:project,Values=lab \\
  --query 'Reservations[].Instances[].[InstanceId,State.Name,PublicIpAddress]' \\
  --output table
\`\`\`

## ویب سرور انسٹال کریں

ٹیبل میں دیے گئے عوامی ایڈریس سے کنیکٹ کریں (یہاں ایک مثالی ایڈریس ہے)، پھر nginx انسٹال کریں:

\`\`\`bash
ssh -i lab-key.pem ec2-user@203.0.113.25
sudo dnf install -y nginx
sudo systemctl enable --now nginx
echo "Hello from my first cloud server" | sudo tee /usr/share/nginx/html/index.html
\`\`\`

براؤزر میں \`http://203.0.113.25\` (اپنا ایڈریس) کھولیں۔ اب آپ انٹرنیٹ پر ایک ویب سرور چلا رہے ہیں۔ کسی کلائنٹ کی اصل ویب سائٹ کے لیے ڈومین نیم اور HTTPS بھی لگانا ہو گا؛ یہ اگلے کسی کورس کا موضوع ہے۔

## اسٹاپ یا ٹرمینیٹ

- **اسٹاپ** سرور بند کر دیتا ہے مگر اس کی ڈسک رکھتا ہے۔ ڈسک پر، اور اگر کوئی عوامی IP ایڈریس جڑا رہے تو اس پر بھی، پیسے لگ سکتے ہیں۔
- **ٹرمینیٹ** سرور کو ہمیشہ کے لیے ڈیلیٹ کر دیتا ہے۔

\`\`\`bash
aws ec2 stop-instances --instance-ids i-0abc123def4567890
aws ec2 terminate-instances --instance-ids i-0abc123def4567890
\`\`\`

## اہم نکات

- نجی کلید محفوظ رکھیں؛ SSH صرف اپنے ایڈریس سے، ویب کا پورٹ کھلا۔
- ہر ریسورس پر ٹیگ لگائیں تاکہ دوبارہ مل سکے۔
- اسٹاپ کا مطلب ڈیلیٹ نہیں؛ جس کی ضرورت نہ رہے اسے ٹرمینیٹ کریں۔`,
      },
    },
    {
      title: { en: 'Clean up, read the bill, and turn it into client work', ur: 'صفائی، بل پڑھنا، اور اسے کلائنٹ کے کام میں بدلنا' },
      body: {
        en: `## Delete everything you made

A lab is finished only when it costs nothing. Start by listing what carries your tag:

\`\`\`bash
aws resourcegroupstaggingapi get-resources --tag-filters Key=project,Values=lab \\
  --query 'ResourceTagMappingList[].ResourceARN' --output text
\`\`\`

Then delete in order, because a security group cannot be deleted while a server still uses it:

\`\`\`bash
aws ec2 terminate-instances --instance-ids i-0abc123def4567890
aws ec2 wait instance-terminated --instance-ids i-0abc123def4567890
aws ec2 delete-security-group --group-name lab-web
aws ec2 delete-key-pair --key-name lab-key
aws s3 rb s3://ayesha-lab-files-2026 --force
\`\`\`

\`rb --force\` deletes every file in the bucket and then the bucket: check the name twice. Not every kind of resource shows up in the tag list, and untagged things never do, so also open the billing console and look at **costs by service and by region** for anything you do not recognise.

## Read the bill

Make it a habit to look at your costs once a week while you learn. From the CLI:

\`\`\`bash
aws ce get-cost-and-usage --time-period Start=2026-12-01,End=2026-12-31 \\
  --granularity MONTHLY --metrics UnblendedCost --group-by Type=DIMENSION,Key=SERVICE
\`\`\`

If a service shows a cost you did not expect, find the resource, delete it, and write down what happened. That note is experience a client will pay for.

## Working in a client's account

Small cloud jobs that clients post often look like this: host a static website, set up backups to storage, move a small site to a server, add budget alerts, or find and remove unused resources that cost money. When you work in a client's account:

- Ask for **your own user** with only the permissions the job needs, with MFA. Never ask for or accept the root login.
- Tag what you create with the client's project name.
- Keep a log of every command you ran and every resource you created.
- At the end, hand over and ask the client to remove your access (or remove it yourself if they ask you to).

## The handover note

Clients remember freelancers who leave clear notes. A good handover fits on one page:

1. **What exists**: each resource, its region and its purpose.
2. **What it costs**: an estimate per month, and where to see the real figure.
3. **How to use it**: the two or three commands or console steps they will need.
4. **How to delete it**, in order.
5. **Access**: who has access now, and what you removed.

## Selling cloud work on Hunar

Offer small, clear results as gig packages, for example "static website on cloud storage with a budget alert", "cloud cost check-up with a written report". Many foreign clients think in dollars, and a gig can be priced in USD. The client's payment is held in escrow until they accept your delivery, so agree on what "done" means before you start: the handover note is a good definition. When you pass this course's quiz and project, the certificate shows on your profile, where clients can verify it.

## Key points

- Delete in the right order; check billing by service and region.
- In client accounts: your own limited user with MFA, tags, a command log.
- Deliver a one-page handover note, and sell results as clear packages.`,
        ur: `## جو کچھ بنایا وہ سب ڈیلیٹ کریں

لیب اُس وقت مکمل ہوتی ہے جب اس پر کوئی خرچ نہ آئے۔ پہلے یہ فہرست نکالیں کہ کن چیزوں پر آپ کا ٹیگ لگا ہے:

\`\`\`bash
aws resourcegroupstaggingapi get-resources --tag-filters Key=project,Values=lab \\
  --query 'ResourceTagMappingList[].ResourceARN' --output text
\`\`\`

پھر ترتیب سے ڈیلیٹ کریں، کیونکہ جب تک کوئی سرور سیکیورٹی گروپ استعمال کر رہا ہو وہ ڈیلیٹ نہیں ہو سکتا:

\`\`\`bash
aws ec2 terminate-instances --instance-ids i-0abc123def4567890
aws ec2 wait instance-terminated --instance-ids i-0abc123def4567890
aws ec2 delete-security-group --group-name lab-web
aws ec2 delete-key-pair --key-name lab-key
aws s3 rb s3://ayesha-lab-files-2026 --force
\`\`\`

\`rb --force\` بکٹ کی ہر فائل اور پھر خود بکٹ ڈیلیٹ کر دیتی ہے: نام دو بار جانچ لیں۔ ہر قسم کا ریسورس ٹیگ والی فہرست میں نہیں آتا، اور بغیر ٹیگ والی چیزیں تو کبھی نہیں آتیں، اس لیے بلنگ کنسول بھی کھولیں اور **سروس اور ریجن کے لحاظ سے خرچ** دیکھیں کہ کوئی انجانی چیز تو نہیں۔

## بل پڑھیں

سیکھنے کے دوران ہفتے میں ایک بار اپنا خرچ دیکھنے کی عادت ڈالیں۔ CLI سے:

\`\`\`bash
aws ce get-cost-and-usage --time-period Start=2026-12-01,End=2026-12-31 \\
  --granularity MONTHLY --metrics UnblendedCost --group-by Type=DIMENSION,Key=SERVICE
\`\`\`

اگر کسی سروس پر ایسا خرچ نظر آئے جس کی آپ کو توقع نہیں تھی، تو اس کا ریسورس ڈھونڈیں، ڈیلیٹ کریں، اور لکھ لیں کہ کیا ہوا تھا۔ یہی نوٹ وہ تجربہ ہے جس کے کلائنٹ پیسے دیتے ہیں۔

## کلائنٹ کے اکاؤنٹ میں کام

کلاؤڈ کے جو چھوٹے کام کلائنٹس پوسٹ کرتے ہیں وہ اکثر ایسے ہوتے ہیں: اسٹیٹک ویب سائٹ ہوسٹ کرنا، اسٹوریج پر بیک اپ لگانا، کوئی چھوٹی سائٹ سرور پر منتقل کرنا، بجٹ الرٹس لگانا، یا پیسے کھانے والے غیر استعمال شدہ وسائل ڈھونڈ کر ہٹانا۔ جب آپ کلائنٹ کے اکاؤنٹ میں کام کریں:

- **اپنا الگ یوزر** مانگیں جس کے پاس صرف اتنے اختیارات ہوں جتنے اس کام کے لیے ضروری ہیں، MFA کے ساتھ۔ روٹ لاگ اِن کبھی نہ مانگیں نہ قبول کریں۔
- جو کچھ بنائیں اس پر کلائنٹ کے پروجیکٹ کے نام کا ٹیگ لگائیں۔
- ہر چلائی گئی کمانڈ اور ہر بنائے گئے ریسورس کا ریکارڈ رکھیں۔
- آخر میں سب کچھ حوالے کریں اور کلائنٹ سے کہیں کہ آپ کی رسائی ختم کر دے (یا اگر وہ کہے تو خود ختم کر دیں)۔

## ہینڈ اوور نوٹ

کلائنٹس اُن فری لانسرز کو یاد رکھتے ہیں جو واضح نوٹس چھوڑ کر جاتے ہیں۔ اچھا ہینڈ اوور نوٹ ایک صفحے میں آ جاتا ہے:

1. **کیا موجود ہے**: ہر ریسورس، اس کا ریجن اور اس کا مقصد۔
2. **کتنا خرچ آتا ہے**: ماہانہ اندازہ، اور اصل رقم کہاں دیکھی جائے۔
3. **کیسے استعمال کریں**: وہ دو تین کمانڈز یا کنسول کے مراحل جن کی انہیں ضرورت ہو گی۔
4. **کیسے ڈیلیٹ کریں**، ترتیب کے ساتھ۔
5. **رسائی**: اب کس کے پاس رسائی ہے، اور آپ نے کیا ہٹا دیا۔

## ہنر پر کلاؤڈ کا کام بیچنا

چھوٹے اور واضح نتائج گِگ پیکجز کی صورت میں پیش کریں، مثلاً "کلاؤڈ اسٹوریج پر اسٹیٹک ویب سائٹ، بجٹ الرٹ کے ساتھ"، "کلاؤڈ کے خرچ کا جائزہ، تحریری رپورٹ کے ساتھ"۔ بہت سے غیر ملکی کلائنٹس ڈالر میں سوچتے ہیں، اور گِگ کی قیمت USD میں بھی رکھی جا سکتی ہے۔ کلائنٹ کی ادائیگی اُس وقت تک ایسکرو میں رہتی ہے جب تک وہ آپ کی ڈیلیوری قبول نہ کرے، اس لیے کام شروع کرنے سے پہلے طے کر لیں کہ "مکمل" کا مطلب کیا ہے: ہینڈ اوور نوٹ اس کی اچھی تعریف ہے۔ اس کورس کا کوئز اور پروجیکٹ پاس کرنے پر سرٹیفکیٹ آپ کی پروفائل پر نظر آئے گا، جہاں کلائنٹ اس کی تصدیق کر سکتے ہیں۔

## اہم نکات

- درست ترتیب سے ڈیلیٹ کریں؛ بلنگ میں سروس اور ریجن کے لحاظ سے خرچ دیکھیں۔
- کلائنٹ کے اکاؤنٹ میں: اپنا محدود یوزر MFA کے ساتھ، ٹیگز، کمانڈز کا ریکارڈ۔
- ایک صفحے کا ہینڈ اوور نوٹ دیں، اور نتائج کو واضح پیکجز کی صورت میں بیچیں۔`,
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
        prompt: { en: 'How should you use a new cloud account day to day?', ur: 'نیا کلاؤڈ اکاؤنٹ روزمرہ کے کام کے لیے کیسے استعمال کرنا چاہیے؟' },
        choices: [
          { text: { en: 'With a separate admin user that has MFA; root is locked away', ur: 'MFA والے الگ ایڈمن یوزر سے؛ روٹ محفوظ جگہ بند رہے' }, correct: true },
          { text: { en: 'With the root user and a strong password', ur: 'روٹ یوزر اور مضبوط پاس ورڈ سے' }, correct: false },
          { text: { en: 'With the root user, shared with the client so they can help', ur: 'روٹ یوزر سے، جو کلائنٹ کے ساتھ شیئر ہو تاکہ وہ مدد کر سکے' }, correct: false },
        ],
      },
      {
        kind: 'multiple',
        prompt: { en: 'Which statements about free tiers are true? Choose all that apply.', ur: 'فری ٹیئر کے بارے میں کون سی باتیں درست ہیں؟ سب درست جواب چنیں۔' },
        choices: [
          { text: { en: 'Offers differ between providers and change over time', ur: 'آفرز ہر فراہم کنندہ کی الگ ہوتی ہیں اور وقت کے ساتھ بدلتی ہیں' }, correct: true },
          { text: { en: 'You can be charged if you go past a limit or use something not included', ur: 'حد سے آگے جانے یا کوئی غیر شامل چیز استعمال کرنے پر پیسے لگ سکتے ہیں' }, correct: true },
          { text: { en: 'A free-tier account can never be billed', ur: 'فری ٹیئر والے اکاؤنٹ پر کبھی بل نہیں آ سکتا' }, correct: false },
          { text: { en: "You should read the provider's current free-tier page when you sign up", ur: 'سائن اَپ کے وقت فراہم کنندہ کا موجودہ فری ٹیئر والا صفحہ پڑھنا چاہیے' }, correct: true },
        ],
      },
      {
        kind: 'single',
        prompt: { en: 'What does a budget alert do when spending passes its threshold?', ur: 'جب خرچ حد سے بڑھ جائے تو بجٹ الرٹ کیا کرتا ہے؟' },
        choices: [
          { text: { en: 'It emails you; it does not stop or delete anything', ur: 'آپ کو ای میل بھیجتا ہے؛ کچھ بند یا ڈیلیٹ نہیں کرتا' }, correct: true },
          { text: { en: 'It deletes the resources that cost money', ur: 'پیسے لینے والے وسائل ڈیلیٹ کر دیتا ہے' }, correct: false },
          { text: { en: 'It makes the rest of the month free', ur: 'مہینے کا باقی حصہ مفت کر دیتا ہے' }, correct: false },
        ],
      },
      {
        kind: 'single',
        prompt: { en: 'What does the command aws sts get-caller-identity show?', ur: 'کمانڈ aws sts get-caller-identity کیا دکھاتی ہے؟' },
        choices: [
          { text: { en: 'The account and user the CLI is acting as', ur: 'وہ اکاؤنٹ اور یوزر جس کے نام سے CLI کام کر رہی ہے' }, correct: true },
          { text: { en: 'The files in every bucket', ur: 'ہر بکٹ میں موجود فائلیں' }, correct: false },
          { text: { en: "This month's bill", ur: 'اس مہینے کا بل' }, correct: false },
        ],
      },
      {
        kind: 'single',
        prompt: { en: 'You must send a client one private report for a short time. What is the safe way?', ur: 'آپ کو کلائنٹ کو تھوڑی دیر کے لیے ایک نجی رپورٹ بھیجنی ہے۔ محفوظ طریقہ کیا ہے؟' },
        choices: [
          { text: { en: 'Create a pre-signed link with an expiry (aws s3 presign)', ur: 'میعاد والا پری سائنڈ لنک بنائیں (aws s3 presign)' }, correct: true },
          { text: { en: "Turn off the bucket's public access block", ur: 'بکٹ کی عوامی رسائی کی پابندی ختم کر دیں' }, correct: false },
          { text: { en: 'Send the client your access keys', ur: 'کلائنٹ کو اپنی ایکسیس کیز بھیج دیں' }, correct: false },
          { text: { en: 'Make the whole account public for a day', ur: 'پورا اکاؤنٹ ایک دن کے لیے عوامی کر دیں' }, correct: false },
        ],
      },
      {
        kind: 'multiple',
        prompt: { en: 'Which security group rules fit a lab web server? Choose all that apply.', ur: 'لیب کے ویب سرور کے لیے سیکیورٹی گروپ کے کون سے قواعد مناسب ہیں؟ سب درست جواب چنیں۔' },
        choices: [
          { text: { en: 'SSH (port 22) only from your own IP address', ur: 'SSH (پورٹ 22) صرف آپ کے اپنے IP ایڈریس سے' }, correct: true },
          { text: { en: 'HTTP (port 80) from anywhere, for a public web page', ur: 'HTTP (پورٹ 80) ہر جگہ سے، عوامی ویب صفحے کے لیے' }, correct: true },
          { text: { en: 'SSH (port 22) from 0.0.0.0/0', ur: 'SSH (پورٹ 22) ہر جگہ (0.0.0.0/0) سے' }, correct: false },
          { text: { en: 'Every port open, to avoid connection problems', ur: 'کنکشن کے مسائل سے بچنے کے لیے تمام پورٹس کھلے' }, correct: false },
        ],
      },
      {
        kind: 'single',
        prompt: { en: 'What is the difference between stopping and terminating a server?', ur: 'سرور کو اسٹاپ کرنے اور ٹرمینیٹ کرنے میں کیا فرق ہے؟' },
        choices: [
          { text: { en: 'Stop keeps the disk, which can still cost money; terminate deletes the server', ur: 'اسٹاپ ڈسک رکھتا ہے جس پر خرچ آ سکتا ہے؛ ٹرمینیٹ سرور ڈیلیٹ کر دیتا ہے' }, correct: true },
          { text: { en: 'There is no difference', ur: 'کوئی فرق نہیں' }, correct: false },
          { text: { en: 'Terminate only pauses the server for a week', ur: 'ٹرمینیٹ سرور کو صرف ایک ہفتے کے لیے روکتا ہے' }, correct: false },
        ],
      },
      {
        kind: 'multiple',
        prompt: { en: 'Which belong in a handover to a client at the end of a cloud job? Choose all that apply.', ur: 'کلاؤڈ کے کام کے آخر میں کلائنٹ کو ہینڈ اوور میں کیا شامل ہونا چاہیے؟ سب درست جواب چنیں۔' },
        choices: [
          { text: { en: 'Each resource, its region and purpose, and a monthly cost estimate', ur: 'ہر ریسورس، اس کا ریجن اور مقصد، اور ماہانہ خرچ کا اندازہ' }, correct: true },
          { text: { en: 'How to delete everything, in order', ur: 'سب کچھ ترتیب سے ڈیلیٹ کرنے کا طریقہ' }, correct: true },
          { text: { en: 'Who has access now, and that your access is removed', ur: 'اب کس کے پاس رسائی ہے، اور یہ کہ آپ کی رسائی ختم کر دی گئی ہے' }, correct: true },
          { text: { en: 'A copy of the root password, in case you need it later', ur: 'روٹ پاس ورڈ کی ایک کاپی، اگر بعد میں ضرورت پڑے' }, correct: false },
        ],
      },
      {
        kind: 'single',
        prompt: { en: 'Why tag every resource, for example with project=lab?', ur: 'ہر ریسورس پر ٹیگ، مثلاً project=lab، کیوں لگایا جائے؟' },
        choices: [
          { text: { en: 'To find, cost and delete a project\'s resources together', ur: 'تاکہ کسی پروجیکٹ کے وسائل اکٹھے ڈھونڈے، ان کا خرچ دیکھا اور انہیں ڈیلیٹ کیا جا سکے' }, correct: true },
          { text: { en: 'Tags make resources free', ur: 'ٹیگ لگانے سے وسائل مفت ہو جاتے ہیں' }, correct: false },
          { text: { en: 'Tags make a server faster', ur: 'ٹیگ سے سرور تیز ہو جاتا ہے' }, correct: false },
        ],
      },
      {
        kind: 'single',
        prompt: { en: 'What does --delete add to aws s3 sync ./site s3://bucket/site/?', ur: 'aws s3 sync ./site s3://bucket/site/ میں --delete لگانے سے کیا ہوتا ہے؟' },
        choices: [
          { text: { en: 'It also deletes files in the bucket that are not in the local folder', ur: 'بکٹ کی وہ فائلیں بھی ڈیلیٹ ہو جاتی ہیں جو مقامی فولڈر میں نہیں' }, correct: true },
          { text: { en: 'It deletes the local folder after uploading', ur: 'اپ لوڈ کے بعد مقامی فولڈر ڈیلیٹ کر دیتا ہے' }, correct: false },
          { text: { en: 'It deletes the whole bucket', ur: 'پوری بکٹ ڈیلیٹ کر دیتا ہے' }, correct: false },
        ],
      },
    ],
  },
  project: {
    brief: {
      en: `## Project: deploy, document and tear down

Do the whole lab in your own account and hand it in as if a client had ordered it.

Submit **one PDF or DOCX file, or a link to a repository or shared folder**, containing:

1. **Safe account**: a screenshot showing MFA on the root user and on your daily user, and one showing your budget alert (hide your account number and email).
2. **Commands**: every command you ran, in order, as a text file or script. No keys, passwords or full account numbers.
3. **Storage**: the output of \`aws s3 ls\` for your bucket and of \`aws s3 presign\` (an expired link is fine), plus a screenshot showing public access blocked.
4. **Web server**: a screenshot of your page in a browser, with the address bar visible, and your security group's rules.
5. **Handover note**: one page for a fictional client, as in lesson 5.
6. **Clean-up proof**: the output showing your instance terminated, your bucket gone and no resources left with your tag, and a screenshot of the billing page a few days later.

A mentor or the instructor grades your work against the rubric; you may resubmit once after feedback.`,
      ur: `## پروجیکٹ: ڈیپلائے کریں، دستاویز بنائیں اور سب ختم کریں

پوری لیب اپنے اکاؤنٹ میں کریں اور اسے ایسے جمع کرائیں جیسے کسی کلائنٹ نے آرڈر کی ہو۔

**ایک PDF یا DOCX فائل، یا کسی ریپوزیٹری یا شیئر کیے گئے فولڈر کا لنک** جمع کرائیں، جس میں یہ ہو:

1. **محفوظ اکاؤنٹ**: ایک اسکرین شاٹ جس میں روٹ یوزر اور آپ کے روزمرہ یوزر پر MFA نظر آئے، اور ایک جس میں آپ کا بجٹ الرٹ ہو (اپنا اکاؤنٹ نمبر اور ای میل چھپا دیں)۔
2. **کمانڈز**: ترتیب سے ہر وہ کمانڈ جو آپ نے چلائی، ایک ٹیکسٹ فائل یا اسکرپٹ کی صورت میں۔ کوئی کلید، پاس ورڈ یا پورا اکاؤنٹ نمبر نہیں۔
3. **اسٹوریج**: اپنی بکٹ کے لیے \`aws s3 ls\` اور \`aws s3 presign\` کا نتیجہ (میعاد ختم شدہ لنک بھی چلے گا)، اور ایک اسکرین شاٹ جس میں عوامی رسائی بند نظر آئے۔
4. **ویب سرور**: براؤزر میں آپ کے صفحے کا اسکرین شاٹ، ایڈریس بار سمیت، اور آپ کے سیکیورٹی گروپ کے قواعد۔
5. **ہینڈ اوور نوٹ**: ایک فرضی کلائنٹ کے لیے ایک صفحہ، جیسا پانچویں سبق میں ہے۔
6. **صفائی کا ثبوت**: وہ نتیجہ جس میں آپ کا انسٹنس ٹرمینیٹ، بکٹ ختم اور آپ کے ٹیگ والا کوئی ریسورس باقی نہ ہو، اور چند دن بعد بلنگ کے صفحے کا اسکرین شاٹ۔

کوئی مینٹر یا انسٹرکٹر روبرک کے مطابق آپ کا کام گریڈ کرے گا؛ فیڈبیک کے بعد آپ ایک بار دوبارہ جمع کرا سکتے ہیں۔`,
    },
    passPercent: 60,
    rubric: [
      { id: 'account', criterion: { en: 'Safe account: MFA on root and the daily user, no root use, a working budget alert', ur: 'محفوظ اکاؤنٹ: روٹ اور روزمرہ یوزر پر MFA، روٹ کا استعمال نہیں، کام کرتا ہوا بجٹ الرٹ' }, points: 25 },
      { id: 'deployment', criterion: { en: 'Working deployment: private bucket with an expiring link, web server with SSH limited to one address', ur: 'کام کرتی ڈیپلائمنٹ: میعاد والے لنک کے ساتھ نجی بکٹ، ویب سرور جس پر SSH صرف ایک ایڈریس سے' }, points: 30 },
      { id: 'handover', criterion: { en: 'Handover note: resources, cost estimate, how to use, how to delete, access', ur: 'ہینڈ اوور نوٹ: وسائل، خرچ کا اندازہ، استعمال کا طریقہ، ڈیلیٹ کرنے کا طریقہ، رسائی' }, points: 25 },
      { id: 'cleanup', criterion: { en: 'Everything deleted with proof, and no secrets in the submission', ur: 'ثبوت کے ساتھ سب کچھ ڈیلیٹ، اور جمع کرائے گئے کام میں کوئی خفیہ معلومات نہیں' }, points: 20 },
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// 3. From DigiSkills to your first foreign client (free)
// ---------------------------------------------------------------------------------------------

// Facts: ../shared/reference/programs.md §1–3 (DigiSkills, e-Rozgaar, NFTP), payments-pakistan.md §4
// and §7 (wallet limits, PayPal, Payoneer), tax-pakistan.md (0.25% / 1% final tax as reported, the SBP
// framework of October 2023, PRCs). Hunar's own rules (escrow, holds, payout methods): content/en/help.md.
const FIRST_FOREIGN_CLIENT: SeedCourse = {
  slug: 'digiskills-to-first-foreign-client',
  track: 'marketing',
  skill: 'digital-marketing',
  author: 'ayesha',
  title: {
    en: 'From DigiSkills to your first foreign client',
    ur: 'ڈیجی اسکلز سے پہلے غیر ملکی کلائنٹ تک',
  },
  summary: {
    en: 'You finished a DigiSkills, e-Rozgaar or similar course, and now you want paid work from clients abroad. This free course is the practical bridge: turning course exercises into a portfolio, a profile a foreign client trusts, proposals that get replies, prices in rupees and dollars that cover your costs, and getting paid into Pakistan through escrow, Payoneer or your bank account, with the tax steps you should know about. Every lesson ends with something to do on Hunar, and the project is your own launch kit: profile, gig, proposals and a payment plan.',
    ur: 'آپ نے ڈیجی اسکلز، ای روزگار یا اسی طرح کا کوئی کورس مکمل کر لیا ہے، اور اب بیرونِ ملک کلائنٹس سے معاوضے والا کام چاہتے ہیں۔ یہ مفت کورس اسی کا عملی راستہ ہے: کورس کی مشقوں کو پورٹ فولیو میں بدلنا، ایسی پروفائل جس پر غیر ملکی کلائنٹ بھروسہ کرے، ایسے پروپوزلز جن کا جواب آئے، روپے اور ڈالر میں ایسی قیمتیں جو آپ کا خرچ پورا کریں، اور ایسکرو، پائونیر یا اپنے بینک اکاؤنٹ کے ذریعے پاکستان میں رقم وصول کرنا، ساتھ وہ ٹیکس کے مراحل جو آپ کو معلوم ہونے چاہییں۔ ہر سبق کے آخر میں ہنر پر کرنے کا ایک کام ہے، اور پروجیکٹ آپ کی اپنی لانچ کِٹ ہے: پروفائل، گِگ، پروپوزلز اور ادائیگی وصول کرنے کا منصوبہ۔',
  },
  priceMinor: 0,
  currency: 'PKR',
  lessons: [
    {
      title: { en: 'From a certificate to proof a client trusts', ur: 'سرٹیفکیٹ سے ایسے ثبوت تک جس پر کلائنٹ بھروسہ کرے' },
      body: {
        en: `## What your training gave you

Pakistan's public training programmes have trained a very large number of people in freelancing skills. **DigiSkills.pk** offers free online courses in batches of about twelve weeks; it is an initiative of the Ministry of IT & Telecommunication, run by the Virtual University of Pakistan. Its first ten courses included Freelancing, Digital Marketing, Search Engine Optimization, Graphic Design, Creative Writing and WordPress ([UrduPoint, May 2020](https://www.urdupoint.com/en/pakistan/1-mln-trainings-imparted-to-youth-in-freelanc-925937.html)), and a second phase began at the end of 2021 ([DigiSkills news](https://www.digiskills.pk/NewsDetails.aspx?NewsId=145)). In Punjab, **e-Rozgaar** (run by PITB) offers free three-month training, and the **National Freelance Training Program**, run by PITB for the Ministry of IT, was set up to train freelancers across the country.

Graduates receive certificates. Keep yours: it shows you studied, finished and passed.

## What a foreign client looks for

A client in London or Dubai has usually never heard of these programmes and cannot easily check a PDF certificate. What they can judge in thirty seconds is **proof that you can do their job**:

- samples of work like the one they need;
- a clear description of what you offer;
- reviews from earlier clients (you will have none at first, which is normal);
- how quickly and clearly you answer.

So the certificate is a supporting line. Your samples are the main argument.

## Turn course exercises into portfolio samples

You already made things during your course: social media posts, an SEO audit, an ad campaign plan, a blog article. Turn the best three into **portfolio samples**:

1. Pick a realistic, made-up business for each, for example a bakery in Manchester or a clinic in Dubai. Never use a real company's name or logo without permission.
2. Redo the exercise properly for that business: a short brief, the work, and the result you would expect.
3. Write three lines for each sample: the problem, what you did, and what the client gets.
4. Label them honestly as **sample projects**. Clients respect that; they do not respect invented results.

## Add your certificates to Hunar

On your Hunar profile you can add a certificate from outside, such as DigiSkills, e-Rozgaar or NFTP, with the PDF or image as proof. It shows as **self-reported** until a Hunar admin checks the proof. Courses you complete in Hunar's own academy give a certificate that anyone can verify online, and it appears on your profile automatically.

## To do on Hunar

- Choose your main skill. For this course, digital marketing is the example.
- Make three portfolio samples and keep them ready for the next lesson.
- Add your DigiSkills or other certificate with its proof.

## Key points

- Your training taught you the skill; samples prove it to a client.
- Make three honest sample projects for realistic businesses.
- Certificates support your profile; they do not replace samples.`,
        ur: `## آپ کی تربیت نے آپ کو کیا دیا

پاکستان کے سرکاری تربیتی پروگراموں نے بہت بڑی تعداد میں لوگوں کو فری لانسنگ کے ہنر سکھائے ہیں۔ **ڈیجی اسکلز** تقریباً بارہ ہفتوں کے بیچز میں مفت آن لائن کورسز کراتا ہے؛ یہ وزارتِ آئی ٹی و ٹیلی کمیونیکیشن کا منصوبہ ہے جسے ورچوئل یونیورسٹی آف پاکستان چلاتی ہے۔ اس کے پہلے دس کورسز میں فری لانسنگ، ڈیجیٹل مارکیٹنگ، سرچ انجن آپٹیمائزیشن، گرافک ڈیزائن، تخلیقی تحریر اور ورڈپریس شامل تھے ([اردو پوائنٹ، مئی 2020](https://www.urdupoint.com/en/pakistan/1-mln-trainings-imparted-to-youth-in-freelanc-925937.html))، اور اس کا دوسرا مرحلہ 2021 کے آخر میں شروع ہوا ([ڈیجی اسکلز کی خبر](https://www.digiskills.pk/NewsDetails.aspx?NewsId=145))۔ پنجاب میں **ای روزگار** (جسے PITB چلاتا ہے) تین مہینے کی مفت تربیت دیتا ہے، اور **نیشنل فری لانس ٹریننگ پروگرام**، جسے PITB وزارتِ آئی ٹی کے لیے چلاتا ہے، ملک بھر میں فری لانسرز کی تربیت کے لیے شروع کیا گیا۔

فارغ التحصیل ہونے والوں کو سرٹیفکیٹ ملتا ہے۔ اسے سنبھال کر رکھیں: یہ بتاتا ہے کہ آپ نے پڑھا، کورس مکمل کیا اور پاس ہوئے۔

## غیر ملکی کلائنٹ کیا دیکھتا ہے

لندن یا دبئی کے کلائنٹ نے اکثر ان پروگراموں کا نام بھی نہیں سنا ہوتا، اور وہ کسی PDF سرٹیفکیٹ کی آسانی سے تصدیق نہیں کر سکتا۔ جو چیز وہ تیس سیکنڈ میں پرکھ سکتا ہے وہ ہے **اس بات کا ثبوت کہ آپ اس کا کام کر سکتے ہیں**:

- اُس کام سے ملتے جلتے نمونے جس کی اسے ضرورت ہے؛
- آپ کیا پیش کرتے ہیں اس کی واضح تفصیل؛
- پچھلے کلائنٹس کے ریویوز (شروع میں آپ کے پاس کوئی نہیں ہو گا، اور یہ عام بات ہے)؛
- آپ کتنی جلدی اور کتنی وضاحت سے جواب دیتے ہیں۔

یعنی سرٹیفکیٹ ایک معاون سطر ہے۔ اصل دلیل آپ کے نمونے ہیں۔

## کورس کی مشقوں کو پورٹ فولیو کے نمونوں میں بدلیں

کورس کے دوران آپ نے کچھ نہ کچھ بنایا ہے: سوشل میڈیا پوسٹس، ایس ای او آڈٹ، اشتہاری مہم کا منصوبہ، بلاگ آرٹیکل۔ ان میں سے بہترین تین کو **پورٹ فولیو کے نمونوں** میں بدلیں:

1. ہر ایک کے لیے کوئی حقیقت کے قریب فرضی کاروبار چنیں، مثلاً مانچسٹر کی کوئی بیکری یا دبئی کا کوئی کلینک۔ کسی اصل کمپنی کا نام یا لوگو اجازت کے بغیر کبھی استعمال نہ کریں۔
2. اسی کاروبار کے لیے مشق دوبارہ ٹھیک سے کریں: مختصر ہدایات، کام، اور وہ نتیجہ جس کی آپ توقع رکھیں گے۔
3. ہر نمونے کے لیے تین سطریں لکھیں: مسئلہ کیا تھا، آپ نے کیا کیا، اور کلائنٹ کو کیا ملتا ہے۔
4. انہیں دیانت داری سے **نمونے کے پروجیکٹس** لکھیں۔ کلائنٹس اس کی قدر کرتے ہیں؛ گھڑے ہوئے نتائج کی نہیں۔

## اپنے سرٹیفکیٹس ہنر پر شامل کریں

ہنر پر اپنی پروفائل میں آپ باہر کا کوئی سرٹیفکیٹ، جیسے ڈیجی اسکلز، ای روزگار یا NFTP، ثبوت کے طور پر اس کی PDF یا تصویر کے ساتھ شامل کر سکتے ہیں۔ جب تک ہنر کا ایڈمن ثبوت نہ دیکھ لے، یہ **خود درج کردہ** کے طور پر نظر آتا ہے۔ ہنر کی اپنی اکیڈمی کے جو کورس آپ مکمل کرتے ہیں اُن کا سرٹیفکیٹ کوئی بھی آن لائن تصدیق کر سکتا ہے، اور وہ خود بخود آپ کی پروفائل پر آ جاتا ہے۔

## ہنر پر کرنے کا کام

- اپنا اصل ہنر چنیں۔ اس کورس میں ڈیجیٹل مارکیٹنگ مثال ہے۔
- پورٹ فولیو کے تین نمونے بنائیں اور اگلے سبق کے لیے تیار رکھیں۔
- اپنا ڈیجی اسکلز یا کوئی اور سرٹیفکیٹ ثبوت کے ساتھ شامل کریں۔

## اہم نکات

- تربیت نے آپ کو ہنر سکھایا؛ نمونے کلائنٹ کے سامنے اسے ثابت کرتے ہیں۔
- حقیقت کے قریب کاروباروں کے لیے تین دیانت دار نمونے بنائیں۔
- سرٹیفکیٹ پروفائل کو سہارا دیتے ہیں؛ نمونوں کی جگہ نہیں لیتے۔`,
      },
    },
    {
      title: { en: 'A profile a foreign client trusts', ur: 'ایسی پروفائل جس پر غیر ملکی کلائنٹ بھروسہ کرے' },
      body: {
        en: `## The thirty-second test

A client compares several profiles quickly. In thirty seconds yours must answer three questions: **What do you do? For whom? Can I see proof?** Everything else is detail.

## Headline: a result, for someone, with a tool

Weak: "Digital marketer | hardworking | 24/7 available".
Better:

\`\`\`text
Instagram and Facebook content for small food businesses | Canva, Meta Business Suite
\`\`\`

Name one kind of client and one kind of result. You can widen later, when reviews come in.

## Bio: the first two lines do the work

Most clients read only the start of your bio. Put the result there; your story can follow.

\`\`\`text
I plan and design a month of social media posts for cafés, bakeries and
restaurants, so owners can post every day without thinking about it.
I write in clear English, and in Urdu for Pakistani audiences.
Three sample projects below show the before and after.
\`\`\`

Then add, in short paragraphs: what a client gets in a typical order, how you work (brief, draft, revision, delivery), your tools, and your training, for example "Digital Marketing, DigiSkills".

## Portfolio first, certificates second

Upload the three samples from lesson 1 with a short title and the three lines you wrote: problem, what you did, result. Put the strongest first. Then list your certificates.

## Details that build trust

- **Languages**: say your real level of English. "Fluent written English" is a promise a client will test in your first message.
- **Photo or initials**: Hunar lets you show your photo or only your initials. Either is fine; a clear, friendly photo helps some clients, and your privacy matters more.
- **Time zone and availability**: say when you answer. Pakistan is ahead of the UK and the US, which can be an advantage: work done overnight for them.
- **Response time**: answering within a few hours matters more than being online all the time.
- **Payout methods**: add them early on the payouts page, so the first payment is not delayed.

## Mistakes that lose clients

- Listing twenty unrelated skills. It reads as "not really good at any".
- Copying a bio from another profile. Clients notice, and it breaks trust.
- Spelling mistakes in the headline. Use a spell checker and read it aloud.
- Promising results you cannot control, such as "guaranteed 10,000 followers".

## To do on Hunar

- Write your headline and the first two lines of your bio, then read them as a stranger would.
- Upload your three samples to your portfolio.
- Fill in languages, availability and your payout method.

## Key points

- Headline: a result, for someone, with a tool.
- The first two lines of the bio carry the message.
- Samples before certificates; honest language levels; no guarantees you cannot keep.`,
        ur: `## تیس سیکنڈ کا امتحان

کلائنٹ کئی پروفائلز کا جلدی جلدی موازنہ کرتا ہے۔ تیس سیکنڈ میں آپ کی پروفائل کو تین سوالوں کا جواب دینا ہے: **آپ کیا کرتے ہیں؟ کس کے لیے؟ کیا میں ثبوت دیکھ سکتا ہوں؟** باقی سب تفصیل ہے۔

## سرخی: کسی کے لیے، کسی ٹول سے، کوئی نتیجہ

کمزور: "ڈیجیٹل مارکیٹر | محنتی | 24/7 دستیاب"۔
بہتر (غیر ملکی کلائنٹ کے لیے انگریزی میں):

\`\`\`text
Instagram and Facebook content for small food businesses | Canva, Meta Business Suite
\`\`\`

ایک قسم کے کلائنٹ اور ایک قسم کے نتیجے کا نام لیں۔ ریویوز آنے کے بعد دائرہ بڑھا سکتے ہیں۔

## تعارف: پہلی دو سطریں ہی اصل کام کرتی ہیں

زیادہ تر کلائنٹس آپ کے تعارف کا صرف شروع کا حصہ پڑھتے ہیں۔ نتیجہ وہیں لکھیں؛ آپ کی کہانی بعد میں آ سکتی ہے۔

\`\`\`text
I plan and design a month of social media posts for cafés, bakeries and
restaurants, so owners can post every day without thinking about it.
I write in clear English, and in Urdu for Pakistani audiences.
Three sample projects below show the before and after.
\`\`\`

پھر چھوٹے پیراگرافس میں لکھیں: ایک عام آرڈر میں کلائنٹ کو کیا ملتا ہے، آپ کیسے کام کرتے ہیں (ہدایات، ڈرافٹ، ریویژن، ڈیلیوری)، آپ کے ٹولز، اور آپ کی تربیت، مثلاً "ڈیجیٹل مارکیٹنگ، ڈیجی اسکلز"۔

## پہلے پورٹ فولیو، پھر سرٹیفکیٹس

پہلے سبق کے تین نمونے ایک مختصر عنوان اور اُن تین سطروں کے ساتھ اپ لوڈ کریں جو آپ نے لکھی تھیں: مسئلہ، آپ نے کیا کیا، نتیجہ۔ سب سے مضبوط نمونہ سب سے پہلے رکھیں۔ پھر اپنے سرٹیفکیٹس کی فہرست دیں۔

## بھروسہ بڑھانے والی تفصیلات

- **زبانیں**: انگریزی کی اپنی اصل سطح لکھیں۔ "روانی سے انگریزی لکھتا/لکھتی ہوں" ایسا وعدہ ہے جسے کلائنٹ آپ کے پہلے ہی پیغام میں پرکھ لے گا۔
- **تصویر یا نام کے پہلے حروف**: ہنر آپ کو اپنی تصویر یا صرف نام کے پہلے حروف دکھانے کا اختیار دیتا ہے۔ دونوں ٹھیک ہیں؛ صاف اور خوش گوار تصویر کچھ کلائنٹس کو اچھی لگتی ہے، مگر آپ کی پرائیویسی زیادہ اہم ہے۔
- **ٹائم زون اور دستیابی**: بتائیں کہ آپ کب جواب دیتے ہیں۔ پاکستان کا وقت برطانیہ اور امریکا سے آگے ہے، جو فائدہ بھی بن سکتا ہے: اُن کی رات میں آپ کا کام مکمل۔
- **جواب دینے کا وقت**: ہر وقت آن لائن رہنے سے زیادہ اہم یہ ہے کہ چند گھنٹوں کے اندر جواب دیں۔
- **ادائیگی وصول کرنے کا طریقہ**: کمائی کی وصولی کے صفحے پر اسے شروع ہی میں درج کریں، تاکہ پہلی رقم ملنے میں دیر نہ ہو۔

## غلطیاں جن سے کلائنٹس ہاتھ سے نکل جاتے ہیں

- بیس غیر متعلق ہنر لکھ دینا۔ پڑھنے والا سمجھتا ہے "کسی میں بھی اچھا نہیں"۔
- کسی اور پروفائل سے تعارف نقل کرنا۔ کلائنٹس پکڑ لیتے ہیں، اور بھروسہ ٹوٹ جاتا ہے۔
- سرخی میں ہجے کی غلطیاں۔ اسپیل چیکر استعمال کریں اور بلند آواز سے پڑھیں۔
- ایسے نتائج کا وعدہ جو آپ کے اختیار میں نہیں، جیسے "10,000 فالوورز کی گارنٹی"۔

## ہنر پر کرنے کا کام

- اپنی سرخی اور تعارف کی پہلی دو سطریں لکھیں، پھر انہیں ایک اجنبی کی نظر سے پڑھیں۔
- اپنے تینوں نمونے پورٹ فولیو میں اپ لوڈ کریں۔
- زبانیں، دستیابی اور ادائیگی وصول کرنے کا طریقہ درج کریں۔

## اہم نکات

- سرخی: کسی کے لیے، کسی ٹول سے، کوئی نتیجہ۔
- تعارف کی پہلی دو سطریں ہی پیغام پہنچاتی ہیں۔
- سرٹیفکیٹس سے پہلے نمونے؛ زبان کی سچی سطح؛ ایسی کوئی گارنٹی نہیں جو پوری نہ کر سکیں۔`,
      },
    },
    {
      title: { en: 'Finding jobs and writing proposals that get replies', ur: 'جابز ڈھونڈنا اور ایسے پروپوزلز لکھنا جن کا جواب آئے' },
      body: {
        en: `## Two ways clients find you

On Hunar a client can buy one of your **gigs** directly, or post a **job** and receive proposals. Early on, proposals are how most freelancers get their first orders, because a new gig has no reviews yet. Do both: publish one good gig (lesson 4) and send a few careful proposals every day.

## Choose jobs you can win

Open the [jobs page](/jobs) and filter by your skill. Before you write anything, read the whole post and ask:

- Can I deliver exactly this, on time, at a quality I would show in my portfolio?
- Is the budget realistic for the work? If not, is the scope clear enough to suggest a smaller first step?
- Does the client answer questions, has the client hired before, and does the post have details?

Five proposals to jobs that fit you beat fifty copy-pasted ones.

## The structure of a proposal

\`\`\`text
Hi Sarah,

You need 20 Instagram posts a month for your bakery, with a warm, local feel.

Here is a similar sample I made for a café: [link to portfolio sample]
It shows the weekly plan, the post designs and the captions.

How I would start: a 20-minute call or a short questionnaire about your
customers, then a one-week plan for your approval before I design the rest.

Question: do you have your own product photos, or should I plan for
stock images and simple graphics?

Price: USD 120 for 20 posts with captions, 2 revisions, delivered in 7 days.

Ayesha
\`\`\`

1. **Their goal** in one sentence, in their words. It shows you read the post.
2. **One relevant sample**, linked, and what to look at in it.
3. **Your first step**, so the client can picture working with you.
4. **One smart question** that only someone who understood the job would ask.
5. **A clear price and delivery time.**

Keep it under 150 words. The client will ask for more if they are interested.

## Mistakes that get proposals ignored

- "Dear Sir/Madam, I am expert of all your needs." Use the client's name if it is shown, and be specific.
- Your life story, or your whole list of certificates.
- Asking the client to message you elsewhere. Keep conversations and payment on Hunar: the order's messages are your record, and escrow protects your payment only for work agreed through Hunar.
- A price far below everyone else's. It signals low quality and attracts difficult clients.

## After you send it

Check your messages twice a day. If a client replies, answer within a few hours with exactly what they asked. If they invite you to talk, prepare two or three questions about their customers and deadline. If you do not hear back, do not chase more than once; send the next proposal instead.

## To do on Hunar

- Find three jobs that fit your skill and samples.
- Write a proposal for each with the five-part structure.
- Keep a simple list of the jobs, dates and replies, to learn what works.

## Key points

- Apply only where you fit; quality beats quantity.
- Goal, sample, first step, one question, price and delivery.
- Keep the conversation and the payment on Hunar.`,
        ur: `## کلائنٹس آپ تک دو طریقوں سے پہنچتے ہیں

ہنر پر کلائنٹ آپ کی کوئی **گِگ** سیدھی خرید سکتا ہے، یا **جاب** پوسٹ کر کے پروپوزلز وصول کر سکتا ہے۔ شروع میں زیادہ تر فری لانسرز کو پہلے آرڈرز پروپوزلز سے ہی ملتے ہیں، کیونکہ نئی گِگ پر ابھی کوئی ریویو نہیں ہوتا۔ دونوں کام کریں: ایک اچھی گِگ شائع کریں (چوتھا سبق) اور روزانہ چند سوچے سمجھے پروپوزلز بھیجیں۔

## ایسی جابز چنیں جو آپ جیت سکیں

[جابز کا صفحہ](/jobs) کھولیں اور اپنے ہنر کے لحاظ سے فلٹر کریں۔ کچھ بھی لکھنے سے پہلے پوری پوسٹ پڑھیں اور خود سے پوچھیں:

- کیا میں بالکل یہی کام، وقت پر، اُس معیار کا ڈیلیور کر سکتا/سکتی ہوں جو میں اپنے پورٹ فولیو میں دکھاؤں؟
- کیا بجٹ کام کے لحاظ سے حقیقت پسندانہ ہے؟ اگر نہیں، تو کیا کام اتنا واضح ہے کہ ایک چھوٹا پہلا قدم تجویز کیا جا سکے؟
- کیا کلائنٹ سوالوں کا جواب دیتا ہے، کیا اُس نے پہلے کسی کو ہائر کیا ہے، اور کیا پوسٹ میں تفصیلات ہیں؟

اپنے مطابق جابز پر پانچ پروپوزلز، کاپی پیسٹ کیے گئے پچاس پروپوزلز سے بہتر ہیں۔

## پروپوزل کی ساخت

غیر ملکی کلائنٹ کے لیے پروپوزل انگریزی میں ہو گا، مثلاً:

\`\`\`text
Hi Sarah,

You need 20 Instagram posts a month for your bakery, with a warm, local feel.

Here is a similar sample I made for a café: [link to portfolio sample]
It shows the weekly plan, the post designs and the captions.

How I would start: a 20-minute call or a short questionnaire about your
customers, then a one-week plan for your approval before I design the rest.

Question: do you have your own product photos, or should I plan for
stock images and simple graphics?

Price: USD 120 for 20 posts with captions, 2 revisions, delivered in 7 days.

Ayesha
\`\`\`

1. **کلائنٹ کا مقصد** ایک جملے میں، اُسی کے الفاظ میں۔ اس سے پتا چلتا ہے کہ آپ نے پوسٹ پڑھی ہے۔
2. **ایک متعلقہ نمونہ**، لنک کے ساتھ، اور یہ کہ اس میں کیا دیکھنا ہے۔
3. **آپ کا پہلا قدم**، تاکہ کلائنٹ آپ کے ساتھ کام کا تصور کر سکے۔
4. **ایک سمجھ دار سوال** جو صرف وہی پوچھ سکتا ہے جس نے کام کو سمجھا ہو۔
5. **واضح قیمت اور ڈیلیوری کا وقت۔**

اسے 150 الفاظ سے کم رکھیں۔ اگر کلائنٹ کو دلچسپی ہو گی تو وہ مزید خود پوچھ لے گا۔

## غلطیاں جن کی وجہ سے پروپوزلز نظر انداز ہوتے ہیں

- "Dear Sir/Madam, I am expert of all your needs"۔ اگر کلائنٹ کا نام نظر آ رہا ہو تو نام لیں، اور بات مخصوص کریں۔
- اپنی پوری زندگی کی کہانی، یا سرٹیفکیٹس کی پوری فہرست۔
- کلائنٹ سے کہنا کہ کہیں اور پیغام کرے۔ گفتگو اور ادائیگی ہنر پر ہی رکھیں: آرڈر کے پیغامات آپ کا ریکارڈ ہیں، اور ایسکرو آپ کی ادائیگی کو صرف اُس کام کے لیے محفوظ رکھتا ہے جو ہنر کے ذریعے طے ہوا ہو۔
- باقی سب سے بہت کم قیمت۔ اس سے کم معیار کا تاثر ملتا ہے اور مشکل کلائنٹس آتے ہیں۔

## بھیجنے کے بعد

دن میں دو بار اپنے پیغامات دیکھیں۔ اگر کلائنٹ جواب دے تو چند گھنٹوں کے اندر بالکل وہی بتائیں جو اُس نے پوچھا۔ اگر وہ بات کرنے کی دعوت دے تو اُس کے گاہکوں اور آخری تاریخ کے بارے میں دو تین سوال تیار رکھیں۔ اگر جواب نہ آئے تو ایک سے زیادہ بار پیچھے نہ پڑیں؛ اس کے بجائے اگلا پروپوزل بھیجیں۔

## ہنر پر کرنے کا کام

- تین ایسی جابز ڈھونڈیں جو آپ کے ہنر اور نمونوں سے ملتی ہوں۔
- ہر ایک کے لیے پانچ حصوں والی ساخت میں پروپوزل لکھیں۔
- جابز، تاریخوں اور جوابات کی ایک سادہ فہرست رکھیں، تاکہ پتا چلے کیا کام کرتا ہے۔

## اہم نکات

- صرف وہاں اپلائی کریں جہاں آپ موزوں ہوں؛ تعداد سے زیادہ معیار اہم ہے۔
- مقصد، نمونہ، پہلا قدم، ایک سوال، قیمت اور ڈیلیوری۔
- گفتگو اور ادائیگی ہنر پر ہی رکھیں۔`,
      },
    },
    {
      title: { en: 'Pricing in rupees and dollars', ur: 'روپے اور ڈالر میں قیمت طے کرنا' },
      body: {
        en: `## Start from your floor

Your **floor** is the lowest price at which the work is still worth doing. Work it out once:

1. What do you need to earn in a month? Say Rs 120,000.
2. How many hours a month can you really bill? Not 160: messages, proposals, revisions and learning take time. Say 80.
3. Divide: Rs 120,000 / 80 = **Rs 1,500 an hour**.

Now estimate each job in hours, including the brief, revisions and delivery, and multiply. A job of 6 hours has a floor of Rs 9,000. Never go below it just to win; you will work more for less, and resent the client.

## Check the market

Look at gigs like yours on Hunar, and at the prices that clients actually paid. A skill's page on Hunar shows the median price of completed orders once there are enough of them to be meaningful. Start near the lower middle while you have no reviews, never at the very bottom, and raise your prices after every few good reviews.

## Rupees or dollars?

Each gig on Hunar has one currency, rupees or US dollars.

- For clients in Pakistan, price in **rupees**.
- For clients abroad, a price in **dollars** is easier for them to judge. Hunar shows foreign clients an estimate in their own currency too.

To convert your floor, use today's exchange rate from your bank or the State Bank, not a number you remember. As an example only, at Rs 280 to the dollar, Rs 9,000 is about USD 32. Round to a clean figure such as USD 35, because exchange rates move and a small margin protects you.

## Fees and what you receive

Hunar keeps a fee on each order, from the freelancer's side, and the client pays a fee on top. The [fees page](/fees) lists the current figures; before you send a proposal you can preview what the client pays and what you receive, and every order shows what you receive. Set your prices so that **what you receive** is above your floor, not only the price the client sees.

## Packages: three clear steps

\`\`\`text
Basic     USD 35   8 posts, captions in English, 1 revision, 4 days
Standard  USD 75   20 posts, captions, a monthly plan, 2 revisions, 7 days
Premium   USD 140  30 posts, captions, plan, 4 short videos, 3 revisions, 10 days
\`\`\`

Each package adds more of the same result, so the client can choose by budget. Many clients pick the middle one: make it the one you most want to sell.

## Bigger jobs: milestones

For work of several weeks, agree on a contract with **milestones** instead of one big payment: for example a plan, then the first ten posts, then the rest. The client funds each milestone into escrow before you start it, so you are never far ahead of the money.

## To do on Hunar

- Calculate your hourly floor and write it down.
- Price one gig in the currency of the clients you want, with three packages.
- Check what you receive after fees for each package.

## Key points

- Know your floor: monthly need divided by billable hours.
- Check the market, start in the lower middle, raise after reviews.
- Price so that what you receive after fees is above your floor; use milestones for big jobs.`,
        ur: `## اپنی کم از کم حد سے شروع کریں

آپ کی **کم از کم حد** وہ کم ترین قیمت ہے جس پر کام کرنا پھر بھی فائدہ مند ہو۔ اسے ایک بار حساب لگا کر نکالیں:

1. آپ کو مہینے میں کتنا کمانا ہے؟ فرض کریں Rs 120,000۔
2. آپ مہینے میں واقعی کتنے گھنٹوں کا معاوضہ لے سکتے ہیں؟ 160 نہیں: پیغامات، پروپوزلز، ریویژنز اور سیکھنے میں بھی وقت لگتا ہے۔ فرض کریں 80۔
3. تقسیم کریں: Rs 120,000 / 80 = **Rs 1,500 فی گھنٹہ**۔

اب ہر کام کا اندازہ گھنٹوں میں لگائیں، جس میں ہدایات، ریویژنز اور ڈیلیوری شامل ہوں، اور ضرب دیں۔ 6 گھنٹے کے کام کی کم از کم حد Rs 9,000 ہے۔ صرف کام جیتنے کے لیے کبھی اس سے نیچے نہ جائیں؛ آپ کم پیسوں میں زیادہ کام کریں گے اور کلائنٹ سے بیزار ہو جائیں گے۔

## مارکیٹ دیکھیں

ہنر پر اپنی جیسی گِگز دیکھیں، اور وہ قیمتیں بھی جو کلائنٹس نے واقعی ادا کیں۔ ہنر پر کسی ہنر کے صفحے پر مکمل شدہ آرڈرز کی درمیانی قیمت اُس وقت دکھائی جاتی ہے جب ان کی تعداد اتنی ہو جائے کہ بات معنی رکھے۔ جب تک ریویوز نہ ہوں، نچلے درمیانے حصے کے قریب سے شروع کریں، بالکل سب سے نیچے سے کبھی نہیں، اور ہر چند اچھے ریویوز کے بعد قیمت بڑھائیں۔

## روپے یا ڈالر؟

ہنر پر ہر گِگ کی ایک ہی کرنسی ہوتی ہے، روپے یا امریکی ڈالر۔

- پاکستان کے کلائنٹس کے لیے قیمت **روپے** میں رکھیں۔
- بیرونِ ملک کلائنٹس کے لیے **ڈالر** میں قیمت سمجھنا آسان ہوتا ہے۔ ہنر غیر ملکی کلائنٹس کو اُن کی اپنی کرنسی میں اندازہ بھی دکھاتا ہے۔

اپنی کم از کم حد کو ڈالر میں تبدیل کرنے کے لیے اپنے بینک یا اسٹیٹ بینک کی آج کی شرحِ تبادلہ استعمال کریں، یاد سے کوئی عدد نہیں۔ صرف مثال کے طور پر، Rs 280 فی ڈالر کے حساب سے Rs 9,000 تقریباً USD 32 بنتے ہیں۔ اسے کسی صاف عدد تک بڑھا دیں، جیسے USD 35، کیونکہ شرحِ تبادلہ بدلتی رہتی ہے اور تھوڑی گنجائش آپ کو محفوظ رکھتی ہے۔

## فیس اور آپ کو ملنے والی رقم

ہنر ہر آرڈر پر فری لانسر کی طرف سے ایک فیس رکھتا ہے، اور کلائنٹ اس کے اوپر فیس ادا کرتا ہے۔ [فیس کے صفحے](/fees) پر موجودہ شرحیں دی گئی ہیں؛ پروپوزل بھیجنے سے پہلے آپ پیش منظر میں دیکھ سکتے ہیں کہ کلائنٹ کتنا ادا کرے گا اور آپ کو کتنا ملے گا، اور ہر آرڈر میں بھی آپ کو ملنے والی رقم نظر آتی ہے۔ قیمتیں ایسے رکھیں کہ **آپ کو ملنے والی رقم** آپ کی کم از کم حد سے اوپر ہو، صرف وہ قیمت نہیں جو کلائنٹ دیکھتا ہے۔

## پیکجز: تین واضح درجے

\`\`\`text
Basic     USD 35   8 posts, captions in English, 1 revision, 4 days
Standard  USD 75   20 posts, captions, a monthly plan, 2 revisions, 7 days
Premium   USD 140  30 posts, captions, plan, 4 short videos, 3 revisions, 10 days
\`\`\`

ہر پیکج اسی نتیجے کا زیادہ حصہ دیتا ہے، تاکہ کلائنٹ اپنے بجٹ کے مطابق چن سکے۔ بہت سے کلائنٹس درمیانہ پیکج لیتے ہیں: اسے وہ بنائیں جو آپ سب سے زیادہ بیچنا چاہتے ہیں۔

## بڑے کام: مائل اسٹونز

کئی ہفتوں کے کام کے لیے ایک بڑی ادائیگی کے بجائے **مائل اسٹونز** والا کنٹریکٹ طے کریں: مثلاً پہلے منصوبہ، پھر پہلی دس پوسٹس، پھر باقی۔ ہر مائل اسٹون شروع کرنے سے پہلے کلائنٹ اس کی رقم ایسکرو میں ادا کرتا ہے، اس لیے آپ کبھی بھی رقم سے بہت آگے نہیں ہوتے۔

## ہنر پر کرنے کا کام

- اپنی فی گھنٹہ کم از کم حد کا حساب لگا کر لکھ لیں۔
- جن کلائنٹس کو آپ چاہتے ہیں اُن کی کرنسی میں ایک گِگ کی قیمت رکھیں، تین پیکجز کے ساتھ۔
- ہر پیکج کے لیے دیکھیں کہ فیس کے بعد آپ کو کتنی رقم ملتی ہے۔

## اہم نکات

- اپنی کم از کم حد جانیں: ماہانہ ضرورت تقسیم معاوضے والے گھنٹے۔
- مارکیٹ دیکھیں، نچلے درمیانے حصے سے شروع کریں، ریویوز کے بعد قیمت بڑھائیں۔
- قیمت ایسے رکھیں کہ فیس کے بعد ملنے والی رقم کم از کم حد سے اوپر ہو؛ بڑے کاموں کے لیے مائل اسٹونز رکھیں۔`,
      },
    },
    {
      title: { en: 'Getting paid into Pakistan, and the tax steps to know', ur: 'پاکستان میں رقم کی وصولی، اور ٹیکس کے ضروری مراحل' },
      body: {
        en: `## How an order is paid on Hunar

1. The client pays the price into **escrow** when they order your gig or fund a milestone. You start work once the money is there.
2. You deliver through the order. The client accepts, or asks for a revision if the package has revisions left. A delivery the client does not answer is accepted automatically after a set number of days.
3. On acceptance, the price less Hunar's fee becomes your earnings. Earnings stay **on hold** for a few days, then become available to withdraw.

Nobody can take money out of escrow on their own, not the client and not you. If you cannot agree, either side can ask to cancel or open a dispute; the [help page](/help#escrow) explains each step.

## Withdrawing your earnings

Add your payout methods on the [payouts page](/payouts): a bank account (IBAN), Raast, JazzCash, Easypaisa or Payoneer. Rupee earnings can go to any of them; dollar earnings go to Payoneer. The withdrawal page shows any fee and the amount that reaches you before you confirm.

A few facts worth knowing when you plan:

- PayPal cannot receive payments in Pakistan, which is why marketplaces offer Payoneer or bank transfers to Pakistani freelancers ([Fiverr help](https://help.fiverr.com/hc/en-us/articles/360010530058-Withdraw-your-earnings)).
- Payoneer can be linked to a Pakistani bank account by IBAN, and its own fees apply.
- Wallet accounts such as JazzCash and Easypaisa have daily and monthly limits that depend on the account level. Check yours before a large withdrawal.

## A freelancer bank account

In October 2023 the State Bank of Pakistan announced a framework for freelancers: an account opened digitally or in person with few documents, together with a foreign currency account (ESFCA), and the right to keep **50% of export proceeds or USD 5,000 a month, whichever is higher**, in dollars ([The Nation, 24 October 2023](https://www.nation.com.pk/24-Oct-2023/sbp-introduces-new-measures-to-facilitate-it-exporters-freelancers)). Ask your bank about its freelancer account, and check the current rules there: banks apply them in their own way.

## Tax: know the steps, get the numbers checked

Income from clients abroad can count as export of services. As reported in our sources, IT and IT-enabled exports are taxed at a final rate of **0.25% for exporters registered with PSEB and 1% otherwise**, deducted by the bank when the money arrives, and only if you also file your annual return. Whether your work counts as IT or IT-enabled, and which rules apply this year, is something to confirm.

Hunar helps you keep track:

- the [tax assistant](/tax) gives an **estimate, not tax advice**, from your own earnings;
- the [registration checklist](/tax/checklist) walks through NTN, a bank account, PSEB registration and your annual return;
- the [remittances page](/tax/remittances) keeps each withdrawal with its **PRC** (proceeds realisation certificate), the bank's proof that the money came from abroad, which you ask your bank for.

For your own situation, ask a tax consultant before you file.

## Your first month's plan

- Add one rupee payout method and, if you will price in dollars, Payoneer.
- Ask your bank about a freelancer account with an ESFCA.
- Open the tax checklist and mark what you have done.
- Send your proposals, deliver well, and ask for your first review.

## Key points

- Escrow holds the client's payment until you deliver and they accept.
- Rupees go to your bank, Raast or wallet; dollars go to Payoneer.
- Use the /tax pages for estimates and records, and a tax consultant for advice.`,
        ur: `## ہنر پر آرڈر کی ادائیگی کیسے ہوتی ہے

1. کلائنٹ آپ کی گِگ کا آرڈر دیتے یا کوئی مائل اسٹون ادا کرتے وقت قیمت **ایسکرو** میں ادا کرتا ہے۔ رقم وہاں پہنچتے ہی آپ کام شروع کرتے ہیں۔
2. آپ آرڈر کے ذریعے ڈیلیور کرتے ہیں۔ کلائنٹ قبول کرتا ہے، یا اگر پیکج میں ریویژنز باقی ہوں تو ریویژن مانگتا ہے۔ جس ڈیلیوری کا کلائنٹ جواب نہ دے وہ مقررہ دنوں کے بعد خود بخود قبول ہو جاتی ہے۔
3. قبول ہونے پر قیمت میں سے ہنر کی فیس نکال کر باقی رقم آپ کی کمائی بن جاتی ہے۔ یہ کمائی چند دن **روکی ہوئی** رہتی ہے، پھر نکلوانے کے لیے دستیاب ہو جاتی ہے۔

کوئی بھی اکیلا ایسکرو سے رقم نہیں نکال سکتا، نہ کلائنٹ نہ آپ۔ اگر اتفاق نہ ہو سکے تو کوئی بھی فریق منسوخی کی درخواست کر سکتا ہے یا تنازع درج کر سکتا ہے؛ [مدد کے صفحے](/help#escrow) پر ہر مرحلہ بیان کیا گیا ہے۔

## اپنی کمائی نکلوانا

[کمائی کی وصولی کے صفحے](/payouts) پر ادائیگی وصول کرنے کے طریقے درج کریں: بینک اکاؤنٹ (IBAN)، راست، جاز کیش، ایزی پیسہ یا پائونیر۔ روپے کی کمائی ان میں سے کسی میں بھی جا سکتی ہے؛ ڈالر کی کمائی پائونیر میں جاتی ہے۔ تصدیق سے پہلے رقم نکلوانے کا صفحہ کوئی بھی فیس اور آپ تک پہنچنے والی رقم دکھاتا ہے۔

منصوبہ بندی کے وقت چند باتیں جاننا مفید ہے:

- پے پال پاکستان میں ادائیگیاں وصول نہیں کر سکتا، اسی لیے پلیٹ فارمز پاکستانی فری لانسرز کو پائونیر یا بینک ٹرانسفر کا اختیار دیتے ہیں ([فائیور کی مدد کا صفحہ](https://help.fiverr.com/hc/en-us/articles/360010530058-Withdraw-your-earnings))۔
- پائونیر کو IBAN کے ذریعے پاکستانی بینک اکاؤنٹ سے جوڑا جا سکتا ہے، اور اس کی اپنی فیس لاگو ہوتی ہے۔
- جاز کیش اور ایزی پیسہ جیسے والٹ اکاؤنٹس کی روزانہ اور ماہانہ حدیں ہوتی ہیں جو اکاؤنٹ کے لیول پر منحصر ہیں۔ بڑی رقم نکلوانے سے پہلے اپنی حد دیکھ لیں۔

## فری لانسر کا بینک اکاؤنٹ

اکتوبر 2023 میں اسٹیٹ بینک آف پاکستان نے فری لانسرز کے لیے ایک فریم ورک کا اعلان کیا: کم دستاویزات کے ساتھ آن لائن یا برانچ میں کھلنے والا اکاؤنٹ، اس کے ساتھ ایک فارن کرنسی اکاؤنٹ (ESFCA)، اور **ایکسپورٹ کی آمدنی کا 50% یا ماہانہ USD 5,000، جو بھی زیادہ ہو**، ڈالر میں رکھنے کا حق ([دی نیشن، 24 اکتوبر 2023](https://www.nation.com.pk/24-Oct-2023/sbp-introduces-new-measures-to-facilitate-it-exporters-freelancers))۔ اپنے بینک سے اُس کے فری لانسر اکاؤنٹ کے بارے میں پوچھیں، اور وہیں موجودہ قواعد معلوم کریں: ہر بینک انہیں اپنے طریقے سے لاگو کرتا ہے۔

## ٹیکس: مراحل جانیں، حساب کی تصدیق کروائیں

بیرونِ ملک کلائنٹس سے آمدنی سروسز کی ایکسپورٹ شمار ہو سکتی ہے۔ ہمارے حوالہ جاتی ذرائع میں خبروں کے مطابق آئی ٹی اور آئی ٹی سے متعلقہ سروسز کی ایکسپورٹ پر **پی ایس ای بی میں رجسٹرڈ ایکسپورٹرز کے لیے 0.25% اور باقیوں کے لیے 1%** فائنل ٹیکس ہے، جو رقم آنے پر بینک کاٹ لیتا ہے، اور یہ تب ہی فائنل ہے جب آپ اپنا سالانہ ریٹرن بھی جمع کرائیں۔ آپ کا کام آئی ٹی یا آئی ٹی سے متعلقہ سروسز میں آتا ہے یا نہیں، اور اس سال کون سے قواعد لاگو ہیں، یہ تصدیق طلب بات ہے۔

ہنر حساب رکھنے میں مدد کرتا ہے:

- [ٹیکس اسسٹنٹ](/tax) آپ کی اپنی کمائی سے **اندازہ، ٹیکس کا مشورہ نہیں** دیتا ہے؛
- [رجسٹریشن کی چیک لسٹ](/tax/checklist) این ٹی این، بینک اکاؤنٹ، پی ایس ای بی رجسٹریشن اور سالانہ ریٹرن کے مراحل سے گزارتی ہے؛
- [ترسیلاتِ زر کا صفحہ](/tax/remittances) ہر رقم نکلوانے کی درخواست کو اُس کے **پی آر سی** (پروسیڈز ریئلائزیشن سرٹیفکیٹ) کے ساتھ رکھتا ہے، یعنی بینک کا یہ ثبوت کہ رقم بیرونِ ملک سے آئی، جو آپ اپنے بینک سے مانگتے ہیں۔

اپنی صورتِ حال کے لیے ریٹرن جمع کرانے سے پہلے کسی ٹیکس کنسلٹنٹ سے پوچھیں۔

## پہلے مہینے کا منصوبہ

- روپے وصول کرنے کا ایک طریقہ درج کریں، اور اگر ڈالر میں قیمت رکھیں گے تو پائونیر بھی۔
- اپنے بینک سے ESFCA والے فری لانسر اکاؤنٹ کے بارے میں پوچھیں۔
- ٹیکس کی چیک لسٹ کھولیں اور جو کر چکے ہیں اسے مکمل نشان زد کریں۔
- پروپوزلز بھیجیں، اچھی ڈیلیوری دیں، اور اپنا پہلا ریویو مانگیں۔

## اہم نکات

- ایسکرو کلائنٹ کی ادائیگی اُس وقت تک روکے رکھتا ہے جب تک آپ ڈیلیور نہ کریں اور وہ قبول نہ کرے۔
- روپے آپ کے بینک، راست یا والٹ میں جاتے ہیں؛ ڈالر پائونیر میں۔
- اندازوں اور ریکارڈ کے لیے ٹیکس کے صفحات، اور مشورے کے لیے ٹیکس کنسلٹنٹ۔`,
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
        prompt: { en: 'On a new profile with no reviews, what convinces a foreign client most?', ur: 'بغیر ریویوز والی نئی پروفائل پر غیر ملکی کلائنٹ کو سب سے زیادہ کیا قائل کرتا ہے؟' },
        choices: [
          { text: { en: 'Relevant portfolio samples that show the kind of result they need', ur: 'متعلقہ پورٹ فولیو کے نمونے جو اسی طرح کا نتیجہ دکھائیں جس کی اسے ضرورت ہے' }, correct: true },
          { text: { en: 'A long list of certificates', ur: 'سرٹیفکیٹس کی لمبی فہرست' }, correct: false },
          { text: { en: 'Being online 24 hours a day', ur: 'چوبیس گھنٹے آن لائن رہنا' }, correct: false },
        ],
      },
      {
        kind: 'multiple',
        prompt: { en: 'Which statements about DigiSkills.pk are true, as described in this course? Choose all that apply.', ur: 'اس کورس کے مطابق ڈیجی اسکلز کے بارے میں کون سی باتیں درست ہیں؟ سب درست جواب چنیں۔' },
        choices: [
          { text: { en: 'It offers free online courses in batches', ur: 'یہ بیچز میں مفت آن لائن کورسز کراتا ہے' }, correct: true },
          { text: { en: 'It is run by the Virtual University of Pakistan', ur: 'اسے ورچوئل یونیورسٹی آف پاکستان چلاتی ہے' }, correct: true },
          { text: { en: 'Any client abroad can easily verify its PDF certificates', ur: 'بیرونِ ملک کوئی بھی کلائنٹ اس کے PDF سرٹیفکیٹس کی آسانی سے تصدیق کر سکتا ہے' }, correct: false },
          { text: { en: 'Its first courses included Freelancing and Digital Marketing', ur: 'اس کے ابتدائی کورسز میں فری لانسنگ اور ڈیجیٹل مارکیٹنگ شامل تھے' }, correct: true },
        ],
      },
      {
        kind: 'single',
        prompt: { en: 'You add your DigiSkills certificate to your Hunar profile with the PDF as proof. How is it shown?', ur: 'آپ اپنا ڈیجی اسکلز سرٹیفکیٹ ثبوت کے طور پر PDF کے ساتھ ہنر پروفائل میں شامل کرتے ہیں۔ یہ کیسے دکھایا جاتا ہے؟' },
        choices: [
          { text: { en: 'As self-reported, until an admin checks the proof', ur: 'خود درج کردہ کے طور پر، جب تک ایڈمن ثبوت نہ دیکھ لے' }, correct: true },
          { text: { en: 'As verified immediately', ur: 'فوراً تصدیق شدہ کے طور پر' }, correct: false },
          { text: { en: 'It is not shown to clients at all', ur: 'کلائنٹس کو بالکل نہیں دکھایا جاتا' }, correct: false },
        ],
      },
      {
        kind: 'multiple',
        prompt: { en: 'Which belong in a strong proposal? Choose all that apply.', ur: 'ایک مضبوط پروپوزل میں کیا شامل ہونا چاہیے؟ سب درست جواب چنیں۔' },
        choices: [
          { text: { en: "The client's goal in one sentence", ur: 'کلائنٹ کا مقصد ایک جملے میں' }, correct: true },
          { text: { en: 'One relevant sample, linked', ur: 'ایک متعلقہ نمونہ، لنک کے ساتھ' }, correct: true },
          { text: { en: 'A clear price and delivery time', ur: 'واضح قیمت اور ڈیلیوری کا وقت' }, correct: true },
          { text: { en: 'A request to continue the conversation on another app', ur: 'کسی دوسری ایپ پر گفتگو جاری رکھنے کی درخواست' }, correct: false },
          { text: { en: 'Your complete list of certificates', ur: 'آپ کے تمام سرٹیفکیٹس کی فہرست' }, correct: false },
        ],
      },
      {
        kind: 'single',
        prompt: { en: 'You need Rs 120,000 a month and can bill 80 hours. What is your hourly floor?', ur: 'آپ کو مہینے میں Rs 120,000 چاہییں اور آپ 80 گھنٹوں کا معاوضہ لے سکتے ہیں۔ آپ کی فی گھنٹہ کم از کم حد کیا ہے؟' },
        choices: [
          { text: { en: 'Rs 1,500', ur: 'Rs 1,500' }, correct: true },
          { text: { en: 'Rs 750', ur: 'Rs 750' }, correct: false },
          { text: { en: 'Rs 15,000', ur: 'Rs 15,000' }, correct: false },
          { text: { en: 'Rs 1,200', ur: 'Rs 1,200' }, correct: false },
        ],
      },
      {
        kind: 'single',
        prompt: { en: 'A client orders your gig on Hunar. Where is the money while you work?', ur: 'ایک کلائنٹ ہنر پر آپ کی گِگ کا آرڈر دیتا ہے۔ جب آپ کام کر رہے ہوتے ہیں تو رقم کہاں ہوتی ہے؟' },
        choices: [
          { text: { en: 'In escrow, until the delivery is accepted', ur: 'ایسکرو میں، جب تک ڈیلیوری قبول نہ ہو' }, correct: true },
          { text: { en: 'Already in your bank account', ur: 'پہلے ہی آپ کے بینک اکاؤنٹ میں' }, correct: false },
          { text: { en: "Still in the client's bank, to be paid later", ur: 'ابھی کلائنٹ کے بینک میں، بعد میں ادا ہو گی' }, correct: false },
        ],
      },
      {
        kind: 'single',
        prompt: { en: 'Where can you withdraw dollar earnings from Hunar?', ur: 'ہنر سے ڈالر کی کمائی کہاں نکلوائی جا سکتی ہے؟' },
        choices: [
          { text: { en: 'To Payoneer', ur: 'پائونیر میں' }, correct: true },
          { text: { en: 'To JazzCash', ur: 'جاز کیش میں' }, correct: false },
          { text: { en: 'To Easypaisa', ur: 'ایزی پیسہ میں' }, correct: false },
          { text: { en: 'To PayPal', ur: 'پے پال میں' }, correct: false },
        ],
      },
      {
        kind: 'single',
        prompt: { en: 'What are the figures of the /tax assistant?', ur: 'ٹیکس اسسٹنٹ کے دکھائے گئے اعداد کیا ہیں؟' },
        choices: [
          { text: { en: 'An estimate, not tax advice: confirm with a tax consultant', ur: 'اندازہ، ٹیکس کا مشورہ نہیں: ٹیکس کنسلٹنٹ سے تصدیق کروائیں' }, correct: true },
          { text: { en: 'Your final tax bill from the FBR', ur: 'ایف بی آر کی طرف سے آپ کا حتمی ٹیکس بل' }, correct: false },
          { text: { en: 'A guarantee that you owe no tax', ur: 'اس بات کی گارنٹی کہ آپ پر کوئی ٹیکس نہیں' }, correct: false },
        ],
      },
      {
        kind: 'multiple',
        prompt: { en: "What did the State Bank's October 2023 framework for freelancers include, as reported? Choose all that apply.", ur: 'خبروں کے مطابق اکتوبر 2023 میں اسٹیٹ بینک کے فری لانسرز والے فریم ورک میں کیا شامل تھا؟ سب درست جواب چنیں۔' },
        choices: [
          { text: { en: 'An account opened with few documents, together with a foreign currency account (ESFCA)', ur: 'کم دستاویزات سے کھلنے والا اکاؤنٹ، ساتھ فارن کرنسی اکاؤنٹ (ESFCA)' }, correct: true },
          { text: { en: 'Keeping 50% of export proceeds or USD 5,000 a month in dollars, whichever is higher', ur: 'ایکسپورٹ کی آمدنی کا 50% یا ماہانہ USD 5,000، جو بھی زیادہ ہو، ڈالر میں رکھنا' }, correct: true },
          { text: { en: 'A ban on freelancers who are not registered with PSEB', ur: 'پی ایس ای بی میں رجسٹرڈ نہ ہونے والے فری لانسرز پر پابندی' }, correct: false },
          { text: { en: 'Free PayPal accounts for every freelancer', ur: 'ہر فری لانسر کے لیے مفت پے پال اکاؤنٹ' }, correct: false },
        ],
      },
      {
        kind: 'single',
        prompt: { en: 'A new client offers to pay you directly outside Hunar to avoid fees. What protects you best?', ur: 'ایک نیا کلائنٹ فیس سے بچنے کے لیے ہنر سے باہر براہِ راست ادائیگی کی پیشکش کرتا ہے۔ آپ کو سب سے زیادہ تحفظ کس چیز سے ملتا ہے؟' },
        choices: [
          { text: { en: 'Keeping the work and payment in a Hunar order, with escrow and the order messages as your record', ur: 'کام اور ادائیگی ہنر کے آرڈر میں رکھنا، ایسکرو اور آرڈر کے پیغامات کو ریکارڈ بنا کر' }, correct: true },
          { text: { en: 'Starting work first and asking for payment at the end', ur: 'پہلے کام شروع کرنا اور آخر میں ادائیگی مانگنا' }, correct: false },
          { text: { en: 'Sending your bank details in a public post', ur: 'کسی عوامی پوسٹ میں اپنی بینک تفصیلات بھیجنا' }, correct: false },
        ],
      },
    ],
  },
  project: {
    brief: {
      en: `## Project: your launch kit

Put together everything you need to win and get paid for your first order from a client abroad.

Submit **links and one PDF or DOCX file**:

1. **Your Hunar profile link**, with a headline and bio written as in lesson 2, and at least three portfolio samples labelled as sample projects.
2. **A link to one published gig** with three packages, priced in the currency of the clients you want.
3. **In the file**:
   - your hourly floor calculation and, for each package, the price, your time estimate and what you receive after fees;
   - two proposals you wrote for two job posts (real ones on Hunar, or sample posts you write yourself, included in the file);
   - a short payment plan: your payout methods, your bank account plan (freelancer account or ESFCA), and which items of the /tax checklist you have done or will do next.

Do not include your CNIC, IBAN or any password in the file. A mentor or the instructor grades your work against the rubric; you may resubmit once after feedback.`,
      ur: `## پروجیکٹ: آپ کی لانچ کِٹ

وہ سب کچھ اکٹھا کریں جس کی بیرونِ ملک کلائنٹ سے پہلا آرڈر جیتنے اور اس کی رقم وصول کرنے کے لیے ضرورت ہے۔

**لنکس اور ایک PDF یا DOCX فائل** جمع کرائیں:

1. **اپنی ہنر پروفائل کا لنک**، جس میں دوسرے سبق کی طرح لکھی گئی سرخی اور تعارف ہو، اور کم از کم تین پورٹ فولیو نمونے جن پر نمونے کے پروجیکٹس لکھا ہو۔
2. **ایک شائع شدہ گِگ کا لنک**، تین پیکجز کے ساتھ، اُن کلائنٹس کی کرنسی میں قیمت کے ساتھ جنہیں آپ چاہتے ہیں۔
3. **فائل میں**:
   - آپ کی فی گھنٹہ کم از کم حد کا حساب، اور ہر پیکج کے لیے قیمت، وقت کا اندازہ اور فیس کے بعد ملنے والی رقم؛
   - دو جاب پوسٹس کے لیے آپ کے لکھے ہوئے دو پروپوزلز (ہنر کی اصل پوسٹس، یا آپ کی اپنی لکھی ہوئی نمونے کی پوسٹس، جو فائل میں شامل ہوں)؛
   - ادائیگی کا مختصر منصوبہ: ادائیگی وصول کرنے کے آپ کے طریقے، بینک اکاؤنٹ کا منصوبہ (فری لانسر اکاؤنٹ یا ESFCA)، اور ٹیکس کی چیک لسٹ کے کون سے کام آپ کر چکے ہیں یا آگے کریں گے۔

فائل میں اپنا شناختی کارڈ نمبر، IBAN یا کوئی پاس ورڈ شامل نہ کریں۔ کوئی مینٹر یا انسٹرکٹر روبرک کے مطابق آپ کا کام گریڈ کرے گا؛ فیڈبیک کے بعد آپ ایک بار دوبارہ جمع کرا سکتے ہیں۔`,
    },
    passPercent: 60,
    rubric: [
      { id: 'profile', criterion: { en: 'Profile: a clear headline and bio, and three honest, relevant portfolio samples', ur: 'پروفائل: واضح سرخی اور تعارف، اور پورٹ فولیو کے تین دیانت دار اور متعلقہ نمونے' }, points: 30 },
      { id: 'pricing', criterion: { en: 'Gig and pricing: three packages, a floor calculation, and what is received after fees', ur: 'گِگ اور قیمت: تین پیکجز، کم از کم حد کا حساب، اور فیس کے بعد ملنے والی رقم' }, points: 25 },
      { id: 'proposals', criterion: { en: 'Proposals: goal, sample, first step, one question, price and delivery, under 150 words', ur: 'پروپوزلز: مقصد، نمونہ، پہلا قدم، ایک سوال، قیمت اور ڈیلیوری، 150 الفاظ سے کم' }, points: 25 },
      { id: 'payment-plan', criterion: { en: 'Payment plan: payout methods, bank account plan and tax checklist steps, with no private numbers', ur: 'ادائیگی کا منصوبہ: ادائیگی وصول کرنے کے طریقے، بینک اکاؤنٹ کا منصوبہ اور ٹیکس کی چیک لسٹ کے مراحل، کسی نجی نمبر کے بغیر' }, points: 20 },
    ],
  },
};

export const ACADEMY_COURSES: readonly SeedCourse[] = [AI_FOR_CLIENT_WORK, CLOUD_BASICS, FIRST_FOREIGN_CLIENT];

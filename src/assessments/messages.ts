// Texts of the quizzes and graded projects (src/assessments). Urdu per docs/urdu-glossary.md
// ("Quizzes and projects"): quiz = کوئز, attempt = کوشش, question = سوال, project = پروجیکٹ,
// criterion = معیار (plural معیارات), points = نمبر, grade = گریڈ, feedback = فیڈبیک,
// pass / not pass = پاس / پاس نہیں, submit = جمع کرائیں, mentor = مینٹور, instructor = انسٹرکٹر.
import { defineMessages } from '../i18n/define.ts';

export const assessmentsMessages = defineMessages(
  {
    // Errors
    'errors.assessments.not_enrolled': 'Please enrol in this course first: its quiz and project are open to the course’s learners.',
    'errors.quiz.no_questions': 'This course has no quiz questions yet, so the quiz cannot be taken.',
    'errors.quiz.already_passed': 'You have already passed this quiz. No more attempts are needed.',
    'errors.quiz.no_attempts_left': 'You have used all {attempts, plural, one {# attempt} other {# attempts}} at this quiz. Nothing was started.',
    'errors.quiz.already_submitted': 'These answers were already sent. An attempt is graded once; nothing was changed.',
    'errors.quiz.time_up': 'The time for this attempt is over, so these answers were not counted. The attempt counts as one of your attempts.',
    'errors.project.no_rubric': 'This course’s project has no grading criteria yet, so it cannot be sent or graded.',
    'errors.project.empty': 'Please add your work: some text, a link or a file.',
    'errors.project.too_many_files': 'Please attach at most {max} files at once.',
    'errors.project.awaiting_grade': 'Your project is waiting for its grade. You can send it again only if it does not pass.',
    'errors.project.already_passed': 'Your project has already passed. Nothing was sent.',
    'errors.project.no_resubmissions': 'You have already sent this project twice: one resubmission is allowed. Nothing was sent.',
    'errors.project.not_grader': 'Only the course’s instructor or a mentor can grade projects. Nothing was changed.',
    'errors.project.own_submission': 'You cannot grade your own project. Nothing was changed.',
    'errors.project.already_graded': 'This project has already been graded; a grade is not changed. Nothing was changed.',
    'field.points_range': 'Please enter a whole number from 0 to {max}.',
    'field.too_many_links': 'Please add at most 5 links.',
  },
  {
    'errors.assessments.not_enrolled': 'براہِ کرم پہلے اس کورس میں داخلہ لیں: اس کا کوئز اور پروجیکٹ کورس کے طلبہ کے لیے ہیں۔',
    'errors.quiz.no_questions': 'اس کورس میں ابھی کوئز کے سوالات نہیں ہیں، اس لیے کوئز نہیں دیا جا سکتا۔',
    'errors.quiz.already_passed': 'آپ یہ کوئز پہلے ہی پاس کر چکے ہیں۔ مزید کوششوں کی ضرورت نہیں۔',
    'errors.quiz.no_attempts_left': 'آپ اس کوئز کی تمام {attempts, plural, one {# کوشش} other {# کوششیں}} استعمال کر چکے ہیں۔ کچھ شروع نہیں کیا گیا۔',
    'errors.quiz.already_submitted': 'یہ جوابات پہلے ہی جمع ہو چکے ہیں۔ ہر کوشش ایک ہی بار چیک ہوتی ہے؛ کچھ تبدیل نہیں کیا گیا۔',
    'errors.quiz.time_up': 'اس کوشش کا وقت ختم ہو چکا ہے، اس لیے یہ جوابات شمار نہیں ہوئے۔ یہ کوشش آپ کی کوششوں میں گنی جائے گی۔',
    'errors.project.no_rubric': 'اس کورس کے پروجیکٹ کے جانچ کے معیارات ابھی طے نہیں، اس لیے یہ نہ جمع ہو سکتا ہے نہ گریڈ۔',
    'errors.project.empty': 'براہِ کرم اپنا کام شامل کریں: کچھ متن، کوئی لنک یا کوئی فائل۔',
    'errors.project.too_many_files': 'براہِ کرم ایک بار میں زیادہ سے زیادہ {max} فائلیں منسلک کریں۔',
    'errors.project.awaiting_grade': 'آپ کا پروجیکٹ گریڈ کا انتظار کر رہا ہے۔ اگر یہ پاس نہ ہوا تو ہی آپ اسے دوبارہ جمع کرا سکیں گے۔',
    'errors.project.already_passed': 'آپ کا پروجیکٹ پہلے ہی پاس ہو چکا ہے۔ کچھ جمع نہیں کیا گیا۔',
    'errors.project.no_resubmissions': 'آپ یہ پروجیکٹ دو بار جمع کرا چکے ہیں: صرف ایک بار دوبارہ جمع کرانے کی اجازت ہے۔ کچھ جمع نہیں کیا گیا۔',
    'errors.project.not_grader': 'پروجیکٹ صرف کورس کے انسٹرکٹر یا کوئی مینٹور گریڈ کر سکتے ہیں۔ کچھ تبدیل نہیں کیا گیا۔',
    'errors.project.own_submission': 'آپ اپنا پروجیکٹ خود گریڈ نہیں کر سکتے۔ کچھ تبدیل نہیں کیا گیا۔',
    'errors.project.already_graded': 'یہ پروجیکٹ پہلے ہی گریڈ ہو چکا ہے اور گریڈ تبدیل نہیں ہوتا۔ کچھ تبدیل نہیں کیا گیا۔',
    'field.points_range': 'براہِ کرم 0 سے {max} تک کوئی پورا عدد لکھیں۔',
    'field.too_many_links': 'براہِ کرم زیادہ سے زیادہ 5 لنک شامل کریں۔',
  },
);

// "Del": where the browser has the Web Share API (most phones), offer its share sheet too.
// Without it, or without JavaScript, the link, e-mail and SMS links are all there is.
(function () {
  if (!navigator.share) return;
  document.querySelectorAll(".share__native").forEach(function (item) {
    var button = item.querySelector("button");
    item.hidden = false;
    button.addEventListener("click", function () {
      navigator
        .share({ title: button.dataset.shareTitle, url: button.dataset.shareUrl })
        .catch(function () {}); // closing the share sheet is not an error
    });
  });
})();
